namespace Offramp.Cli.Tests.Infrastructure;

/// <summary>
/// The CLI as operators get it: published for this platform with ReadyToRun code into the tests' own output folder
/// (the PublishCliForTests target in the project file does it after every build), run as a process with its own
/// deps.json so native SQLite resolves.
/// </summary>
public static class CliBinary
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "cli", "offramp.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build tests/Offramp.Cli.Tests, which publishes the CLI there.");
    }
}
