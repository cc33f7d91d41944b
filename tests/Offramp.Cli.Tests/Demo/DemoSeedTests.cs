using Offramp.Cli.Tests.Admin;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Demo;

public sealed class DemoSeedTests
{
    [Theory]
    [BothProviders]
    public async Task Seed_migrates_fills_and_reports_speed_and_a_second_seed_reuses_the_organisation(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.CreateAsync(provider);

        var first = (await workspace.RunAsync("demo", "seed", "--participants", "200", "--seed", "7")).ShouldSucceed();
        var second = (await workspace.RunAsync("demo", "seed", "--participants", "30")).ShouldSucceed();

        Assert.Matches(@"Seeded 200 participants \([\d,]+ rows\) in \d+:\d\d\.\d: [\d,]+ participants/s, [\d,]+ rows/s", first.Output);
        Assert.Contains("Seeded 30 participants", second.Output, StringComparison.Ordinal);
        // The demo organisation and the demo evidence hub, once each.
        Assert.Equal(2, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Organisations\""));
        Assert.Equal(230, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Participants\""));
        Assert.True(await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Sessions\"") > 200);
        Assert.Contains("intact:", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_refuses_a_database_with_a_real_organisation()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);

        (await workspace.RunAsync("demo", "seed", "--participants", "10")).ShouldFail(1, "organisations other than the demo one");
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Participants\""));
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    /// <summary>
    /// The Iraq program at a hundredth of the seed's scale (23,800 → 238): every participant in it, and juveniles in
    /// the seed's proportion (800 of 23,800), each consented with a guardian.
    /// </summary>
    [Fact]
    public async Task Seed_puts_every_participant_in_the_named_program_with_juveniles_in_the_seeds_proportion()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        var run = (await workspace.RunAsync("demo", "seed", "--program", "iraq", "--participants", "238")).ShouldSucceed();

        Assert.Contains("All in Iraq Detainee Rehabilitation Program (detention), 8 of them juveniles (under 18 at referral).", run.Output, StringComparison.Ordinal);
        Assert.Equal(238, await workspace.ScalarAsync<long>(
            "SELECT COUNT(*) FROM \"Participants\" p JOIN \"Programs\" g ON g.\"Id\" = p.\"ProgramId\" WHERE g.\"Name\" LIKE 'Iraq%'"));
        Assert.Equal(238, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Participants\""));
        var guardians = await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Consents\" WHERE \"GuardianConsented\" = 1");
        Assert.InRange(guardians, 1, 8);

        // Every demo participant is coded, and the report filters and breaks down by the codes.
        Assert.Equal(238, await workspace.ScalarAsync<long>("SELECT COUNT(DISTINCT \"ParticipantId\") FROM \"CodedAnswers\""));
        var jihadist = await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"CodedAnswers\" WHERE \"FieldKey\" = 'movement' AND \"Codes\" = 'jihadist'");
        var output = Path.Combine(workspace.Folder, "coded-report");
        var report = (await workspace.RunAsync("report", "evaluation", "--program", "Iraq Detainee Rehabilitation Program (detention)", "--out", output,
            "--coded", "movement=jihadist", "--break-down-by", "exit-status-at-entry")).ShouldSucceed();
        Assert.InRange(jihadist, 150, 237);
        Assert.Matches(@"Evaluation report of Iraq Detainee Rehabilitation Program \(detention\): \d+ participants", report.Output);
        var rates = await File.ReadAllTextAsync(Path.Combine(output, "rates.csv"));
        Assert.Contains("Exit status at entry to the program: Doubting", rates, StringComparison.Ordinal);
        (await workspace.RunAsync("report", "evaluation", "--program", "Iraq Detainee Rehabilitation Program (detention)", "--out", output, "--coded", "shoe-size=44"))
            .ShouldFail(1, "\"shoe-size\" is not a field");
    }

    /// <summary>`offramp report evaluation --program NAME` for each seed program of the demo: a cohort and rates with numbers behind them.</summary>
    [Fact]
    public async Task Every_seed_programs_demo_report_has_a_cohort_and_estimable_rates_from_the_command_line()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);
        (await workspace.RunAsync("demo", "seed", "--participants", "600", "--seed", "1")).ShouldSucceed();

        foreach (var program in DemoProgramCatalogue.All.Where(p => p.Key != DemoProgramCatalogue.Diversion))
        {
            var folder = Path.Combine(workspace.Folder, program.Key);
            var run = (await workspace.RunAsync("report", "evaluation", "--program", program.Name, "--out", folder)).ShouldSucceed();
            Assert.Matches($@"Evaluation report of {System.Text.RegularExpressions.Regex.Escape(program.Name)}: [1-9]\d* participants", run.Output);
            var estimable = File.ReadAllLines(Path.Combine(folder, "rates.csv")).Skip(1)
                .Select(line => line.Split(','))
                .Where(cells => cells[1] == "All" && int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture) >= 10)
                .Select(cells => cells[0]).Distinct().Count();
            Assert.True(estimable >= 2, $"{program.Name}: {estimable} estimable metrics");
        }
    }

    [Fact]
    public async Task Seed_names_the_programs_it_knows_when_given_another()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("demo", "seed", "--program", "atlantis", "--participants", "5")).ShouldFail(1, "--program must be one of: back-on-track, entre, hii, sri-lanka, iraq, diversion");
    }

    [Fact]
    public async Task Seed_refuses_a_negative_count()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("demo", "seed", "--participants", "-5")).ShouldFail(1, "--participants must be between 0");
    }
}
