using Offramp.Cli.Tests.Admin;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

using OtpNet;

namespace Offramp.Cli.Tests.Demo;

public sealed class DemoSignInTests
{
    [Fact]
    public async Task Totp_prints_the_code_an_authenticator_app_would_show()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);
        var account = DemoAccounts.All.Single(a => a.Email == "caseworker@demo.offramp.org");
        var totp = new Totp(Base32Encoding.ToBytes(account.TotpSecret));
        var before = DateTime.UtcNow;

        var result = (await workspace.RunAsync("demo", "totp", account.Email)).ShouldSucceed();

        // The run may straddle a 30-second step: accept the codes of the steps it could have seen.
        var possible = new[] { before, before.AddSeconds(30), DateTime.UtcNow }.Select(t => totp.ComputeTotp(t)).ToHashSet();
        Assert.Contains(result.Output.Trim(), possible);
        Assert.False(File.Exists(Path.Combine(workspace.Folder, "data", "offramp.db")), "totp needs no database");
    }

    [Fact]
    public async Task Totp_refuses_accounts_that_are_not_demo_accounts()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        var result = (await workspace.RunAsync("demo", "totp", Bootstrap.AdminEmail)).ShouldFail(1, "not a demo account");

        Assert.Equal("", result.Output);
    }

    [Theory]
    [BothProviders]
    public async Task Token_prints_a_one_day_read_only_token_for_a_demo_account(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.CreateAsync(provider);
        (await workspace.RunAsync("demo", "seed", "--participants", "0")).ShouldSucceed();

        var result = (await workspace.RunAsync("demo", "token", "director@demo.offramp.org")).ShouldSucceed();

        Assert.Matches("^ofr_[0-9a-f]{32}_[0-9a-f]{48}$", result.Output.Trim());
        Assert.Equal("read", await workspace.ScalarAsync<string>("SELECT \"Scopes\" FROM \"AccessTokens\""));
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\" WHERE \"Action\" = 'token-created'"));
    }

    [Fact]
    public async Task Token_refuses_real_accounts_and_a_database_without_the_demo()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        await Bootstrap.CreateUserAsync(workspace);

        (await workspace.RunAsync("demo", "token", Bootstrap.AdminEmail)).ShouldFail(1, "not a demo account");
        (await workspace.RunAsync("demo", "token", "director@demo.offramp.org")).ShouldFail(1, "demo organisation is not in this database");
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AccessTokens\""));
    }
}
