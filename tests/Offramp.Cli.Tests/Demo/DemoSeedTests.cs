using Offramp.Cli.Tests.Admin;
using Offramp.Cli.Tests.Infrastructure;
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

    [Fact]
    public async Task Seed_refuses_a_negative_count()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("demo", "seed", "--participants", "-5")).ShouldFail(1, "--participants must be between 0");
    }
}
