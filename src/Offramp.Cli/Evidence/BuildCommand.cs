using System.CommandLine;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Infrastructure;
using Offramp.Core.Evidence.Publishing;

namespace Offramp.Cli.Evidence;

/// <summary>
/// `offramp evidence build --program NAME --period YEAR|all --out FILE`: an operator proposes a program's bundle (the
/// same use case as the app's evaluators) and writes exactly what would leave to FILE for review. Nothing is signed:
/// the program's director releases it in the app, a second person with step-up.
/// </summary>
public static class BuildCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var program = new Option<string>("--program") { Description = "The program's name.", Required = true };
        var period = new Option<string>("--period") { Description = "A completed calendar year (e.g. 2025) or \"all\".", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the proposed bundle (JSON), for review.", Required = true };
        var command = new Command("build", "Propose a program's evidence bundle for a period; its director reviews and releases it in the app.") { program, period, output };
        command.SetAction((r, ct) => RunAsync(r, r.GetValue(program)!, r.GetValue(period)!, r.GetValue(output)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, string programName, string period, string output, CancellationToken ct)
    {
        await using var cli = CliServices.Build();
        await using var scope = cli.Scope();
        var db = scope.Db();
        await DatabaseReadiness.EnsureMigratedAsync(db, ct);
        var id = await scope.Get<ProposeEvidenceBundle>().ForOperatorAsync(programName, new ProposeEvidenceCommand { Period = period }, ct);
        var document = await db.Set<EvidenceRelease>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Document).SingleAsync(ct);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(JsonDocument.Parse(document), Indented), ct);
        parseResult.InvocationConfiguration.Output.WriteLine($"Proposed bundle {id} for {programName}, period {period}: written to {output}. Its director reviews and releases it in the app (Evaluation → Evidence).");
        return ExitCodes.Success;
    }
}
