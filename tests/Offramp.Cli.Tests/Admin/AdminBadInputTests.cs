using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Admin;

/// <summary>Every refusal is a message on stderr and a non-zero exit code, and nothing half-written stays behind.</summary>
public sealed class AdminBadInputTests
{
    [Theory]
    [BothProviders]
    public async Task Unknown_organisation_is_refused(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);

        (await workspace.RunWithInputAsync(
            Bootstrap.Password, "admin", "create-user", "--org", "Nobody's Org", "--email", "x@example.org", "--name", "X", "--password-stdin"))
            .ShouldFail(1, "no organisation is named 'Nobody's Org'");
        (await workspace.RunAsync("admin", "create-program", "--org", "Nobody", "--name", "P", "--kind", "Community", "--aims", "Disengagement"))
            .ShouldFail(1, "no organisation is named 'Nobody'");
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    [Theory]
    [BothProviders]
    public async Task Short_password_is_refused_and_no_account_is_created(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);

        (await workspace.RunWithInputAsync(
            "too-short", "admin", "create-user", "--org", Bootstrap.Organisation, "--email", "x@example.org", "--name", "X", "--password-stdin"))
            .ShouldFail(1, "at least 12 characters");
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    [Theory]
    [BothProviders]
    public async Task Duplicate_organisation_and_program_names_are_refused_by_the_same_rules_as_the_admin_screens(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);

        (await workspace.RunAsync("admin", "create-org", "--name", $" {Bootstrap.Organisation} ")).ShouldFail(1, $"An organisation named '{Bootstrap.Organisation}' already exists.");
        (await workspace.RunAsync("admin", "create-program", "--org", Bootstrap.Organisation, "--name", Bootstrap.Program, "--kind", "Community", "--aims", "Disengagement"))
            .ShouldFail(1, $"The organisation already has a program named '{Bootstrap.Program}'.");
        (await workspace.RunAsync("admin", "create-org", "--name", new string('x', 201))).ShouldFail(1, "An organisation's name has at most 200 characters.");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Organisations\""));
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Programs\""));
    }

    [Fact]
    public async Task Unknown_role_is_refused_with_the_list_of_roles()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);

        var result = await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Janitor");

        result.ShouldFail(1, "Unknown role 'Janitor'");
        Assert.Contains("Caseworker, Mentor", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Caseworker,Mentor")]
    public async Task Roles_are_taken_by_name_only(string role)
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", role)).ShouldFail(1, "Unknown role");
    }

    [Fact]
    public async Task Unknown_program_kind_and_aim_are_refused()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("admin", "create-program", "--org", "O", "--name", "P", "--kind", "Jail", "--aims", "Disengagement"))
            .ShouldFail(1, "Unknown program kind 'Jail'");
        (await workspace.RunAsync("admin", "create-program", "--org", "O", "--name", "P", "--kind", "Prison", "--aims", "Disengagement,Punishment"))
            .ShouldFail(1, "Unknown aim 'Punishment'");
    }

    [Fact]
    public async Task Role_grants_check_program_scope_and_duplicates()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        await Bootstrap.CreateUserAsync(workspace);

        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Caseworker"))
            .ShouldFail(1, "held per program: add --program");
        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Auditor", "--program", Bootstrap.Program))
            .ShouldFail(1, "whole organisation: leave out --program");
        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Mentor", "--program", "Elsewhere"))
            .ShouldFail(1, "no program named 'Elsewhere'");
        (await workspace.RunAsync("admin", "grant-role", "--email", "stranger@example.org", "--role", "Auditor"))
            .ShouldFail(1, "no account has that email address");
        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Auditor")).ShouldSucceed();
        (await workspace.RunAsync("admin", "grant-role", "--email", Bootstrap.AdminEmail, "--role", "Auditor"))
            .ShouldFail(1, "already holds this role");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"RoleAssignments\""));
    }

    [Fact]
    public async Task Duplicate_organisation_program_and_email_are_refused()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        await Bootstrap.CreateUserAsync(workspace);

        (await workspace.RunAsync("admin", "create-org", "--name", Bootstrap.Organisation)).ShouldFail(1, "already exists");
        (await workspace.RunAsync("admin", "create-program", "--org", Bootstrap.Organisation, "--name", Bootstrap.Program, "--kind", "Prison", "--aims", "Disengagement"))
            .ShouldFail(1, "already has a program named");
        (await workspace.RunWithInputAsync(
            Bootstrap.Password, "admin", "create-user", "--org", Bootstrap.Organisation, "--email", Bootstrap.AdminEmail, "--name", "Again", "--password-stdin"))
            .ShouldFail(1, "Email:");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetUsers\""));
    }

    [Fact]
    public async Task Without_a_terminal_the_password_must_come_from_stdin()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);

        (await workspace.RunAsync("admin", "create-user", "--org", Bootstrap.Organisation, "--email", "x@example.org", "--name", "X"))
            .ShouldFail(1, "--password-stdin");
    }

    [Fact]
    public async Task Missing_options_and_unknown_commands_are_usage_errors()
    {
        await using var workspace = await CliWorkspace.CreateAsync(DatabaseProviderKind.Sqlite);

        Assert.NotEqual(0, (await workspace.RunAsync("admin", "create-org")).ExitCode);
        Assert.NotEqual(0, (await workspace.RunAsync("admin", "frobnicate")).ExitCode);
    }
}
