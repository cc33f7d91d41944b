namespace Offramp.Cli.Tests.Infrastructure;

/// <summary>
/// The built CLI in its own output folder (src/Offramp.Cli/bin/&lt;configuration&gt;/net10.0/offramp.dll), run as a
/// process exactly as operators run it, with its own deps.json so native SQLite resolves.
/// </summary>
public static class CliBinary
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        // .../tests/Offramp.Cli.Tests/bin/<configuration>/<framework>/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Offramp.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"Offramp.sln not found above {AppContext.BaseDirectory}.");
        }

        var dll = System.IO.Path.Combine(root.FullName, "src", "Offramp.Cli", "bin", configuration, framework, "offramp.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build src/Offramp.Cli first.");
    }
}
