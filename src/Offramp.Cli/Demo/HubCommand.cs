using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Common;
using Offramp.Hosting.Database;
using Offramp.Hosting.Demo.Hub;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>
/// `offramp demo hub --programs N [--years Y]`: fills the demo evidence hub with N more synthetic programs (five per
/// synthetic organisation), each publishing its last Y completed years and its cumulative bundle, signed, through the
/// hub's own receiving rules. For sizing a hub (bench/hub-compare.sh); the demo's own hub is seeded on first start.
/// </summary>
public static class HubCommand
{
    public static Command Create()
    {
        var programs = new Option<int>("--programs") { Description = L["How many synthetic programs publish to the hub."], Required = true };
        programs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError(L["--programs must be between {0:N0} and {1:N0}.", 1, 10_000]);
            }
        });
        var years = new Option<int>("--years") { Description = L["Completed years each program publishes before its cumulative bundle."], DefaultValueFactory = _ => 4 };
        years.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10)
            {
                r.AddError(L["--years must be between {0:N0} and {1:N0}.", 0, 10]);
            }
        });
        var seed = new Option<int>("--seed") { Description = L["Random seed; the same seed gives the same bundles' figures."], DefaultValueFactory = _ => 2026 };
        var command = new Command("hub", L["Fill the demo evidence hub with N synthetic programs' signed bundles."]) { programs, years, seed };
        command.SetAction((r, ct) => RunAsync(r, r.GetValue(programs), r.GetValue(years), r.GetValue(seed), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int programs, int years, int seed, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var cli = CliServices.Build(migrates: true);
        await DatabaseMigrator.MigrateAsync(cli.Root, ct);
        await using var scope = cli.Scope();
        await DemoOnly.EnsureNoRealOrganisationsAsync(scope.Db(), ct);
        var hub = scope.Get<DemoHub>();
        var clock = Stopwatch.StartNew();
        var caller = await hub.EnsureAsync(ct);
        var bundles = await hub.PublishSyntheticAsync(caller, SyntheticOrganisations.Many(programs), years, seed, scope.Get<IClock>().Today, ct);
        output.WriteLine(L["{0}: received {1:N0} bundles from {2:N0} synthetic programs in {3:N1} s.", DemoHub.Name, bundles, programs, clock.Elapsed.TotalSeconds]);
        return ExitCodes.Success;
    }
}
