using System.CommandLine;

using Spectre.Console;

namespace Offramp.Cli.Infrastructure;

/// <summary>A Spectre console over the invocation's standard output (plain text when redirected, e.g. in tests and scripts).</summary>
public static class Terminal
{
    /// <summary>Wide enough that a redirected line is never wrapped in the middle of a figure or a path.</summary>
    private const int RedirectedWidth = 1000;

    public static IAnsiConsole For(ParseResult parseResult)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parseResult.InvocationConfiguration.Output) });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
