using Offramp.Cli.Tests.Infrastructure;

namespace Offramp.Cli.Tests.Admin;

/// <summary>The steps of bootstrapping a deployment, shared by the admin tests.</summary>
public static class Bootstrap
{
    public const string Organisation = "Exit Works Foundation";
    public const string Program = "Prison mentoring";
    public const string AdminEmail = "ada@exitworks.example";
    public const string Password = "correct horse battery staple";

    public static async Task CreateOrganisationAndProgramAsync(CliWorkspace workspace)
    {
        (await workspace.RunAsync("admin", "create-org", "--name", Organisation, "--jurisdiction", "SE")).ShouldSucceed();
        (await workspace.RunAsync(
            "admin", "create-program", "--org", Organisation, "--name", Program, "--kind", "Prison", "--aims", "Disengagement,Rehabilitation")).ShouldSucceed();
    }

    public static async Task<CliResult> CreateUserAsync(CliWorkspace workspace, string email = AdminEmail) =>
        (await workspace.RunWithInputAsync(
            Password, "admin", "create-user", "--org", Organisation, "--email", email, "--name", "Ada Admin", "--password-stdin")).ShouldSucceed();
}
