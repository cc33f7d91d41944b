using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Data;

namespace Offramp.Cli.Infrastructure;

public static class ScopeExtensions
{
    public static OfframpDbContext Db(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<OfframpDbContext>();

    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
