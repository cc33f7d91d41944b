using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Database;

public sealed class MigrateCommandTests
{
    private const string Secret = "never-printed-secret";

    [Theory]
    [BothProviders]
    public async Task Migrate_applies_the_schema_once_and_names_the_database(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.CreateAsync(provider);

        var first = (await workspace.RunAsync("db", "migrate")).ShouldSucceed();
        Assert.Contains(provider == DatabaseProviderKind.Postgres ? "PostgreSQL (" : "SQLite (", first.Output, StringComparison.Ordinal);
        Assert.Contains("Applied", first.Output, StringComparison.Ordinal);
        Assert.Contains("_Initial", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Organisations\""));

        var second = (await workspace.RunAsync("db", "migrate")).ShouldSucceed();
        Assert.Contains("Already up to date.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_postgres_never_prints_the_password()
    {
        // The test server trusts loopback connections, so the password is carried but never checked.
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Postgres, $";Password={Secret}");

        var result = (await workspace.RunAsync("db", "migrate")).ShouldSucceed();

        Assert.DoesNotContain(Secret, result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("***", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_other_than_migrate_refuse_an_unmigrated_database()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("admin", "create-org", "--name", "Exit Works")).ShouldFail(3, "run `offramp db migrate` first");
        (await workspace.RunAsync("audit", "verify")).ShouldFail(3, "run `offramp db migrate` first");
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_a_message_not_a_stack_trace()
    {
        await using var unreachable = CliWorkspace.ForConnectionString(
            DatabaseProviderKind.Postgres, $"Host=127.0.0.1;Port=1;Username=nobody;Password={Secret};Timeout=3");

        var result = await unreachable.RunAsync("db", "migrate");

        result.ShouldFail(3, "database:");
        Assert.DoesNotContain(Secret, result.Output + result.Error, StringComparison.Ordinal);
    }
}
