using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

using Offramp.Core.Data;

namespace Offramp.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<OfframpDbContext>
{
    public OfframpDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(new DbContextOptionsBuilder<OfframpDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(SqliteDesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
