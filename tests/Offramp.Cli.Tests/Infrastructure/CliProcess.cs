using System.Diagnostics;

namespace Offramp.Cli.Tests.Infrastructure;

/// <summary>
/// Starts the real `offramp` binary on one database and key ring, as an operator would: configuration only through the
/// environment (a developer's own connection string is removed), standard input closed after <c>input</c>.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<CliResult> RunAsync(string workingDirectory, string connectionString, string keyDirectory, string? input, IReadOnlyList<string> args)
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
