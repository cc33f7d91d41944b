using System.Diagnostics;

namespace Offramp.Cli.Tests.Infrastructure;

/// <summary>
/// Starts the real `offramp` binary on one database and key ring, as an operator would: configuration only through the
/// environment (a developer's own connection string is removed), standard input closed after <c>input</c>. The language
/// variables are removed too, so the CLI speaks English unless a test sets them in <c>language</c>.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>What chooses the CLI's language (see Offramp.Cli.Languages.CliLanguage).</summary>
    public static readonly string[] LanguageVariables = ["OFFRAMP_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

    public static async Task<CliResult> RunAsync(
        string workingDirectory, string connectionString, string keyDirectory, string? input, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? language = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliBinary.Path);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("ConnectionStrings__Offramp");
        info.Environment["OFFRAMP_DB"] = connectionString;
        info.Environment["Offramp__KeyDirectory"] = keyDirectory;
        foreach (var variable in LanguageVariables)
        {
            info.Environment.Remove(variable);
        }

        foreach (var (variable, value) in language ?? new Dictionary<string, string>())
        {
            info.Environment[variable] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"offramp {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
