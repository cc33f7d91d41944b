using System.CommandLine;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Common;
using Offramp.Core.Security.Tokens;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>
/// `offramp demo token EMAIL [--write]`: a fresh API token valid for one day, read-only unless --write, for load tests
/// (bench/cluster.sh mixes writes into its load) and API exploration. Demo accounts only: real accounts create their
/// tokens themselves after signing in with MFA and a fresh code.
/// </summary>
public static class TokenCommand
{
    private const int LifetimeDays = 1;

    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = L["A demo account's email, e.g. director@demo.offramp.org."] };
        var write = new Option<bool>("--write") { Description = L["Allow writes with the token (default: read-only)."] };
        var command = new Command("token", L["Print a new one-day API token for a demo account (demo accounts only); read-only unless --write."]) { email, write };
        command.SetAction(async (parseResult, ct) =>
        {
            var account = DemoOnly.Account(parseResult.GetRequiredValue(email));
            await using var cli = CliServices.Build();
            (Guid UserId, Guid OrganisationId) demo;
            await using (var lookup = cli.Scope())
            {
                await DatabaseReadiness.EnsureMigratedAsync(lookup.Db(), ct);
                demo = await DemoOnly.DemoOrganisationUserAsync(lookup.Db(), account, ct);
            }

            await using var scope = cli.Scope(new SystemActor(demo.OrganisationId));
            var (_, secret) = await scope.Get<AccessTokens>().CreateAsync(demo.UserId, "demo token (offramp CLI)", parseResult.GetValue(write), LifetimeDays, ct);
            // Only the token on stdout, so scripts can capture it: TOKEN=$(offramp demo token ...).
            parseResult.InvocationConfiguration.Output.WriteLine(secret);
            return ExitCodes.Success;
        });
        return command;
    }
}
