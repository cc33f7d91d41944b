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
    public static Task<CliResult> RunAsync(TestWorld world, params string[] args) =>
        CliProcess.RunAsync(world.App.WorkFolder, world.App.ConnectionString, world.App.KeyDirectory, input: null, args);

    /// <summary>The program's full name (evaluation programs get a unique suffix), as the command line asks for it.</summary>
    public static Task<string> ProgramNameAsync(TestWorld world, Guid programId) =>
        world.DbAsync(db => db.Programs.AsNoTracking().Where(p => p.Id == programId).Select(p => p.Name).SingleAsync());

    /// <summary>A fresh folder for a command's output, removed with the world's work folder.</summary>
    public static string OutputFolder(TestWorld world, string name) => Path.Combine(world.App.WorkFolder, "out", $"{name}-{Guid.NewGuid():N}");
}
