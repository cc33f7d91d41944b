using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Hosting.Database;
using Offramp.Hosting.Demo;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>
/// `offramp demo seed --participants N [--program KEY] [--seed S]`: migrates, creates the demo organisation and accounts
/// if missing, then adds N synthetic participants with years of history, spread over the demo programs or all in one
/// (`--program iraq --participants 23800` gives the Iraq program the seed's scale, 800 of them juveniles). The same seed gives the same people.
/// </summary>
public static class SeedCommand
{
    private const int MaxParticipants = 5_000_000;

    public static Command Create()
    {
        var participants = new Option<int>("--participants") { Description = L["How many synthetic participants to add."], Required = true };
        participants.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > MaxParticipants)
            {
                r.AddError(L["--participants must be between {0:N0} and {1:N0}.", 0, MaxParticipants]);
            }
        });
        var program = new Option<string?>("--program") { Description = L["Add every participant to this demo program ({0}); by default they spread over all of them.", DemoProgramCatalogue.Keys] };
        program.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } key && DemoProgramCatalogue.Find(key) is null)
            {
                r.AddError(L["--program must be one of: {0}.", DemoProgramCatalogue.Keys]);
            }
        });
        var seed = new Option<int>("--seed") { Description = L["Random seed; the same seed gives the same synthetic people."], DefaultValueFactory = _ => 2026 };
        var command = new Command("seed", L["Add the demo organisation (if missing) and N synthetic participants."]) { participants, program, seed };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetValue(participants), DemoProgramCatalogue.Find(parseResult.GetValue(program) ?? "")?.Key, parseResult.GetValue(seed), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int participants, string? programKey, int seed, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build(migrates: true);
        console.MarkupLine(L.Markup["Database: [bold]{0}[/]", ConnectionDisplay.Describe(cli.Database)]);
        await DatabaseMigrator.MigrateAsync(cli.Root, ct);

        await using var scope = cli.Scope();
        var db = scope.Db();
        await DemoOnly.EnsureNoRealOrganisationsAsync(db, ct);
        var rowsBefore = await SeedRowCount.CountAsync(db, ct);
        var clock = Stopwatch.StartNew();
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(L["Seeding participants"], maxValue: Math.Max(participants, 1));
                await scope.Get<DemoSeeder>().SeedAsync(participants, seed, programKey, new Reporter(task), ct);
                task.Value = task.MaxValue;
            });
        clock.Stop();

        var rows = await SeedRowCount.CountAsync(db, ct) - rowsBefore;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        console.MarkupLine(L.Markup["[green]Seeded {0:N0} participants[/] ({1:N0} rows) in {2:m\\:ss\\.f}: {3:N0} participants/s, {4:N0} rows/s.", participants, rows, clock.Elapsed, participants / seconds, rows / seconds]);
        if (programKey is not null && DemoProgramCatalogue.Find(programKey) is { } model)
        {
            var juveniles = Enumerable.Range(0, participants).Count(i => DemoProgramCatalogue.IsJuvenile(model, i));
            console.MarkupLine(juveniles > 0
                ? L.Markup["All in [bold]{0}[/], {1:N0} of them juveniles (under 18 at referral).", model.Name, juveniles]
                : L.Markup["All in [bold]{0}[/].", model.Name]);
        }

        console.MarkupLine(L.Markup["Demo accounts: {0}; password {1}; `offramp demo totp EMAIL` prints the sign-in code.", string.Join(", ", DemoAccounts.SignIn.Select(a => a.Email)), DemoAccounts.Password]);
        return ExitCodes.Success;
    }

    /// <summary>Moves the bar directly: Progress&lt;T&gt; would post to the thread pool and arrive after the work ended.</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
