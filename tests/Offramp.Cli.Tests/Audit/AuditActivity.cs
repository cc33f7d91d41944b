using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Hosting;

namespace Offramp.Cli.Tests.Audit;

/// <summary>
/// A running application's audited work on a workspace's database and key ring, through the same services the web app
/// registers (chain writer, checkpoints every 64 events, witness after commit), many transactions of a few events each.
/// </summary>
public static class AuditActivity
{
    public static async Task RecordAsync(CliWorkspace workspace, int events)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Offramp"] = workspace.ConnectionString,
            ["Offramp:KeyDirectory"] = Path.Combine(workspace.Folder, "keys"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOfframpCore(configuration);
        services.AddScoped<IActor>(_ => new SystemActor());
        await using var provider = services.BuildServiceProvider();
        for (var written = 0; written < events;)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
            for (var i = 0; i < 7 && written < events; i++, written++)
            {
                db.Audit.Record(AuditActions.Read, AuditEntities.Participant, Guid.NewGuid());
            }

            await db.SaveChangesAsync();
        }
    }
}
