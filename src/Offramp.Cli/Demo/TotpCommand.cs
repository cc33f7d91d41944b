using System.CommandLine;

using Offramp.Cli.Infrastructure;

using OtpNet;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Demo;

/// <summary>
/// `offramp demo totp EMAIL`: the current sign-in code of a demo account, so people can try the demo without an
/// authenticator app. Same algorithm as ASP.NET Core Identity (RFC 6238: SHA-1, 6 digits, 30-second steps).
/// </summary>
public static class TotpCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = L["A demo account's email, e.g. caseworker@demo.offramp.org."] };
        var command = new Command("totp", L["Print the current TOTP code of a demo account (demo accounts only)."]) { email };
        command.SetAction(parseResult =>
        {
            var account = DemoOnly.Account(parseResult.GetRequiredValue(email));
            var totp = new Totp(Base32Encoding.ToBytes(account.TotpSecret));
            var output = parseResult.InvocationConfiguration.Output;
            // Wall time, as the authenticator app the code stands in for.
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            output.WriteLine(totp.ComputeTotp(now));
            parseResult.InvocationConfiguration.Error.WriteLine(L["valid for {0} more seconds", totp.RemainingSeconds(now)]);
            return ExitCodes.Success;
        });
        return command;
    }
}
