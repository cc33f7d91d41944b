using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Admin;

/// <summary>The first admin of a real deployment, from an empty database, on both providers.</summary>
public sealed class AdminBootstrapTests
{
    private const string CaseworkerEmail = "casey@exitworks.example";

    [Theory]
    [BothProviders]
    public async Task Organisation_program_account_and_roles_are_created_and_audited(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);

        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        var created = await Bootstrap.CreateUserAsync(workspace);
        await Bootstrap.CreateUserAsync(workspace, CaseworkerEmail);
        var admin = (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "OrganisationAdmin")).ShouldSucceed();
        // Separation of duties holds on the bootstrap path too: the admin's account never also does casework.
        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "caseworker", "--program", Bootstrap.Program))
            .ShouldFail(1, "never hold a role that opens case content");
        var caseworker = (await workspace.RunAsync(
            "admin", "grant-role", "--email", CaseworkerEmail, "--role", "caseworker", "--program", Bootstrap.Program)).ShouldSucceed();

        Assert.Contains("organisation-wide", admin.Output, StringComparison.Ordinal);
        Assert.Contains($"in program '{Bootstrap.Program}'", caseworker.Output, StringComparison.Ordinal);
        // Account output names the id, never the person.
        Assert.DoesNotContain(Bootstrap.AdminEmail, created.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada Admin", created.Output, StringComparison.Ordinal);

        var organisationId = await workspace.ScalarAsync<string>($"SELECT CAST(\"Id\" AS TEXT) FROM \"Organisations\" WHERE \"Name\" = '{Bootstrap.Organisation}'");
        Assert.Equal("Prison", await workspace.ScalarAsync<string>("SELECT \"Kind\" FROM \"Programs\""));
        Assert.Equal(5, await workspace.ScalarAsync<int>("SELECT \"Aims\" FROM \"Programs\""));
        Assert.Equal(2, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\" WHERE \"PasswordHash\" IS NOT NULL"));
        Assert.Equal(
            "Caseworker,OrganisationAdmin",
            string.Join(',', (await workspace.ScalarAsync<string>(StringAggregate(provider, "\"Role\"", "\"RoleAssignments\""))).Split(',').Order()));

        // Every step is in the new organisation's own trail, and the chain verifies.
        Assert.Equal(6, await workspace.ScalarAsync<long>(
            $"SELECT COUNT(*) FROM \"AuditEvents\" WHERE UPPER(CAST(\"OrganisationId\" AS TEXT)) = UPPER('{organisationId}') AND \"Origin\" = 'cli'"));
        Assert.Equal(2, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AuditEvents\" WHERE \"Action\" = 'role-granted'"));
        Assert.Contains("intact: 6 events", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Checkpoint_signs_the_head_and_verify_counts_it(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);

        var checkpoint = (await workspace.RunAsync("audit", "checkpoint")).ShouldSucceed();

        Assert.Contains("Signed checkpoint at event 2", checkpoint.Output, StringComparison.Ordinal);
        Assert.Contains("intact: 2 events, 1 checkpoint", (await workspace.RunAsync("audit", "verify")).ShouldSucceed().Output, StringComparison.Ordinal);
    }

    private static string StringAggregate(DatabaseProviderKind provider, string column, string table) => provider == DatabaseProviderKind.Postgres
        ? $"SELECT string_agg({column}, ',') FROM {table}"
        : $"SELECT group_concat({column}, ',') FROM {table}";
}
