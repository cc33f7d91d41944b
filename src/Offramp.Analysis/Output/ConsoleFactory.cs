using Spectre.Console;

namespace Offramp.Analysis.Output;

/// <summary>A Spectre console writing to the command's output (a terminal, a file, or a test's writer).</summary>
internal static class ConsoleFactory
{
    public static IAnsiConsole For(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            // A file or pipe has no width; the default 80 columns would wrap wide tables.
            console.Profile.Width = 140;
        }

        return console;
    }
}
