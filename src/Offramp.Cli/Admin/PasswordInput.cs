using Offramp.Cli.Infrastructure;
using Offramp.Hosting;

using Spectre.Console;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Admin;

/// <summary>
/// Reads a new account's password from standard input (for scripts) or a hidden prompt (typed twice), never from
/// an argument: arguments end up in shell history and the process list.
/// </summary>
public static class PasswordInput
{
    public static string Read(bool fromStandardInput, IAnsiConsole console)
    {
        var password = fromStandardInput ? ReadStandardInput() : Prompt(console);
        if (password.Length < IdentityPolicy.MinimumPasswordLength)
        {
            throw new CliException(L["the password must have at least {0} characters.", IdentityPolicy.MinimumPasswordLength]);
        }

        return password;
    }

    private static string ReadStandardInput()
    {
        // One line; the newline a pipe adds is not part of the password.
        var line = Console.In.ReadLine();
        return line?.TrimEnd('\r', '\n') ?? throw new CliException(L["--password-stdin was given but standard input is empty."]);
    }

    private static string Prompt(IAnsiConsole console)
    {
        if (Console.IsInputRedirected || !console.Profile.Capabilities.Interactive)
        {
            throw new CliException(L["no terminal to ask for the password: pipe it in with --password-stdin."]);
        }

        var first = console.Prompt(new TextPrompt<string>(L.Markup["Password (at least {0} characters):", IdentityPolicy.MinimumPasswordLength]).Secret());
        var second = console.Prompt(new TextPrompt<string>(L["Repeat the password:"]).Secret());
        return first == second ? first : throw new CliException(L["the two passwords differ."]);
    }
}
