using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>
/// Runs the reference implementations (R and Debian's SciPy/statsmodels) as external processes so
/// tests can compare Offramp's figures with them. A missing tool fails the test on purpose: a
/// skipped comparison would let a regression through unnoticed.
/// </summary>
public static class ExternalTool
{
    /// <summary>Debian's interpreter; another python3 on PATH may lack SciPy or carry another version.</summary>
    public const string PythonPath = "/usr/bin/python3";

    public const string RscriptName = "Rscript";

    private const string InstallHint =
        "Run the test command, which installs the reference tools " +
        "(apt-get install -y r-base-core r-cran-survival r-cran-psych r-cran-cmprsk r-cran-metafor python3-scipy python3-statsmodels), " +
        "then run `dotnet test tests/Offramp.Statistics.Tests` again.";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs an R script (written to a temp file) with Rscript and returns its standard output.</summary>
    public static string RunR(string script, params string[] arguments) =>
        RunScript(RscriptName, ".R", script, arguments);

    /// <summary>Runs a Python script (written to a temp file) with /usr/bin/python3 and returns its standard output.</summary>
    public static string RunPython(string script, params string[] arguments) =>
        RunScript(PythonPath, ".py", script, arguments);

    /// <summary>Runs an R script that prints one JSON document and parses it.</summary>
    public static JsonElement RunRJson(string script, params string[] arguments) =>
        ParseJson(RunR(script, arguments), "R");

    /// <summary>Runs a Python script that prints one JSON document and parses it.</summary>
    public static JsonElement RunPythonJson(string script, params string[] arguments) =>
        ParseJson(RunPython(script, arguments), "python3");

    /// <summary>Runs any program and returns its standard output; throws with stderr when it exits non-zero.</summary>
    public static string Run(string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo)
                ?? throw new InvalidOperationException($"Could not start '{fileName}'. {InstallHint}");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{fileName}' is not installed ({exception.Message}). {InstallHint}", exception);
        }

        using (process)
        {
            // Read both streams concurrently: a full stderr pipe would otherwise block the child forever.
            var standardError = process.StandardError.ReadToEndAsync();
            var standardOutput = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? DefaultTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{fileName}' did not finish within {timeout ?? DefaultTimeout}.");
            }

            var output = standardOutput.GetAwaiter().GetResult();
            var error = standardError.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"'{fileName}' exited with code {process.ExitCode}.{Environment.NewLine}{error}{Environment.NewLine}" +
                    $"If a package is missing: {InstallHint}");
            }

            return output;
        }
    }

    private static string RunScript(string interpreter, string extension, string script, string[] arguments)
    {
        RequireInstalled(interpreter);
        var scriptPath = Path.Combine(Path.GetTempPath(), $"offramp-reference-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(scriptPath, script);
        try
        {
            return Run(interpreter, [scriptPath, .. arguments]);
        }
        finally
        {
            File.Delete(scriptPath);
        }
    }

    private static void RequireInstalled(string program)
    {
        if (Path.IsPathRooted(program))
        {
            if (!File.Exists(program))
            {
                throw new InvalidOperationException($"'{program}' is missing. {InstallHint}");
            }

            return;
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var found = searchPath
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
        if (!found)
        {
            throw new InvalidOperationException($"'{program}' is not on PATH. {InstallHint}");
        }
    }

    private static JsonElement ParseJson(string output, string tool)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{tool} did not print valid JSON:{Environment.NewLine}{output}", exception);
        }
    }
}
