using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

using Offramp.Core.Data;

namespace Offramp.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<OfframpDbContext>
{
    public OfframpDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DbContextOptionsBuilder<OfframpDbContext>()
            .UseNpgsql("Host=localhost;Database=offramp_design", o => o.MigrationsAssembly(typeof(PostgresDesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
