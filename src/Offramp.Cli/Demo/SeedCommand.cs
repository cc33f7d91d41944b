using System.CommandLine;
using System.Diagnostics;

using Offramp.Cli.Infrastructure;
using Offramp.Hosting.Database;
using Offramp.Hosting.Demo;

using Spectre.Console;

namespace Offramp.Cli.Demo;

/// <summary>
/// `offramp demo seed --participants N [--seed S]`: migrates, creates the demo organisation and accounts if missing,
/// then adds N synthetic participants with years of history. The same seed gives the same people.
/// </summary>
public static class SeedCommand
{
    private const int MaxParticipants = 5_000_000;

    public static Command Create()
    {
        var participants = new Option<int>("--participants") { Description = "How many synthetic participants to add.", Required = true };
        participants.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > MaxParticipants)
            {
                r.AddError($"--participants must be between 0 and {MaxParticipants:N0}.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same synthetic people.", DefaultValueFactory = _ => 2026 };
        var command = new Command("seed", "Add the demo organisation (if missing) and N synthetic participants.") { participants, seed };
        command.SetAction((parseResult, ct) => RunAsync(parseResult, parseResult.GetValue(participants), parseResult.GetValue(seed), ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int participants, int seed, CancellationToken ct)
    {
        var console = Terminal.For(parseResult);
        await using var cli = CliServices.Build();
        console.MarkupLineInterpolated($"Database: [bold]{ConnectionDisplay.Describe(cli.Database)}[/]");
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
                var task = progress.AddTask("Seeding participants", maxValue: Math.Max(participants, 1));
                await scope.Get<DemoSeeder>().SeedAsync(participants, seed, new Reporter(task), ct);
                task.Value = task.MaxValue;
            });
        clock.Stop();

        var rows = await SeedRowCount.CountAsync(db, ct) - rowsBefore;
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        console.MarkupLineInterpolated(
            $"[green]Seeded {participants:N0} participants[/] ({rows:N0} rows) in {clock.Elapsed:m\\:ss\\.f}: {participants / seconds:N0} participants/s, {rows / seconds:N0} rows/s.");
        console.MarkupLineInterpolated(
            $"Demo accounts: {string.Join(", ", DemoAccounts.SignIn.Select(a => a.Email))}; password {DemoAccounts.Password}; `offramp demo totp EMAIL` prints the sign-in code.");
        return ExitCodes.Success;
    }

    /// <summary>Moves the bar directly: Progress&lt;T&gt; would post to the thread pool and arrive after the work ended.</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
