using System.Diagnostics;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Evaluation;

/// <summary>
/// Runs the real `offramp` binary against a test world's database and key ring, so a command reads exactly what the
/// app wrote: the world's helpers seed evaluation cases, the command line reports and exports them.
/// </summary>
public static class AppCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<CliResult> RunAsync(TestWorld world, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = world.App.WorkFolder,
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
        info.Environment["OFFRAMP_DB"] = world.App.ConnectionString;
        info.Environment["Offramp__KeyDirectory"] = world.App.KeyDirectory;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
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

    /// <summary>The program's full name (evaluation programs get a unique suffix), as the command line asks for it.</summary>
    public static Task<string> ProgramNameAsync(TestWorld world, Guid programId) =>
        world.DbAsync(db => db.Programs.AsNoTracking().Where(p => p.Id == programId).Select(p => p.Name).SingleAsync());

    /// <summary>A fresh folder for a command's output, removed with the world's work folder.</summary>
    public static string OutputFolder(TestWorld world, string name) => Path.Combine(world.App.WorkFolder, "out", $"{name}-{Guid.NewGuid():N}");
}
