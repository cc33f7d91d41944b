using System.CommandLine;

using Spectre.Console;

namespace Offramp.Cli.Infrastructure;

/// <summary>A Spectre console over the invocation's standard output (plain text when redirected, e.g. in tests and scripts).</summary>
public static class Terminal
{
    public static IAnsiConsole For(ParseResult parseResult) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(parseResult.InvocationConfiguration.Output) });
}
