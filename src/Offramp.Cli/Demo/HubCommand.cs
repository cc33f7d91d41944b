using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Common;
using Offramp.Hosting.Database;
using Offramp.Hosting.Demo.Hub;

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
        var programs = new Option<int>("--programs") { Description = "How many synthetic programs publish to the hub.", Required = true };
        programs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--programs must be between 1 and 10,000.");
            }
        });
        var years = new Option<int>("--years") { Description = "Completed years each program publishes before its cumulative bundle.", DefaultValueFactory = _ => 4 };
        years.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10)
            {
                r.AddError("--years must be between 0 and 10.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same bundles' figures.", DefaultValueFactory = _ => 2026 };
        var command = new Command("hub", "Fill the demo evidence hub with N synthetic programs' signed bundles.") { programs, years, seed };
        command.SetAction((r, ct) => RunAsync(r, r.GetValue(programs), r.GetValue(years), r.GetValue(seed), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int programs, int years, int seed, CancellationToken ct)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var cli = CliServices.Build();
        await DatabaseMigrator.MigrateAsync(cli.Root, ct);
        await using var scope = cli.Scope();
        await DemoOnly.EnsureNoRealOrganisationsAsync(scope.Db(), ct);
        var hub = scope.Get<DemoHub>();
        var clock = Stopwatch.StartNew();
        var caller = await hub.EnsureAsync(ct);
        var bundles = await hub.PublishSyntheticAsync(caller, SyntheticOrganisations.Many(programs), years, seed, scope.Get<IClock>().Today, ct);
        output.WriteLine($"{DemoHub.Name}: received {bundles:N0} bundles from {programs:N0} synthetic programs in {clock.Elapsed.TotalSeconds:N1} s.");
        return ExitCodes.Success;
    }
}
