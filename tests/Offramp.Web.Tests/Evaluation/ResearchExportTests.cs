using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation.Exports;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The research export holds consenting participants only, under pseudonyms that differ per recipient and never equal
/// the participant code, with dates shifted consistently within a participant or reduced to intervals.
/// </summary>
public sealed class ResearchExportTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Pseudonyms_differ_per_recipient_and_nobody_without_evaluation_consent_is_exported(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Export");
        var name = await world.DbAsync(db => db.Programs.Where(p => p.Id == program).Select(p => p.Name).SingleAsync());
        var ids = await world.AddEvaluationCasesAsync(program,
        [
            new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 700), (OutcomeType.Employment, 900)]),
            new(),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReArrest, 800)]),
        ]);
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Code).ToListAsync());
        using var folder = new TempFolder();

        var first = await ExportAsync(world, name, new ResearchExportOptions("University A", Path.Combine(folder.Path, "a"), ExportFormat.Both, DateMasking.Shift));
        await ExportAsync(world, name, new ResearchExportOptions("  university   a ", Path.Combine(folder.Path, "a2"), ExportFormat.Csv, DateMasking.Interval));
        await ExportAsync(world, name, new ResearchExportOptions("University B", Path.Combine(folder.Path, "b"), ExportFormat.Csv, DateMasking.Shift));

        Assert.Equal((2, 1, 2L), (first.Participants, first.ExcludedWithoutConsent, first.Outcomes));
        Assert.Contains("participants.parquet", first.Files);
        var a = Pseudonyms(folder, "a");
        Assert.Equal(2, a.Count);
        Assert.Equal(a, Pseudonyms(folder, "a2"));
        Assert.Empty(a.Intersect(Pseudonyms(folder, "b")));
        var everything = string.Concat(Directory.GetFiles(folder.Path, "*.csv", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(codes, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.DoesNotContain(id.ToString(), everything, StringComparison.OrdinalIgnoreCase));

        // Shifted dates keep intervals: the reconviction lies 300 days after release whatever the participant's offset.
        var outcome = File.ReadAllLines(Path.Combine(folder.Path, "a", "outcomes.csv")).Single(l => l.Contains("ReconvictionOtherViolent", StringComparison.Ordinal)).Split(',');
        Assert.Equal("300", outcome[^1]);
        var interval = File.ReadAllLines(Path.Combine(folder.Path, "a2", "outcomes.csv")).Single(l => l.Contains("ReconvictionOtherViolent", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("800", "300"), (interval[^2], interval[^1]));
    }

    private static async Task<ResearchExportSummary> ExportAsync(TestWorld world, string program, ResearchExportOptions options)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExportResearchData>().ForOperatorAsync(program, options);
    }

    private static HashSet<string> Pseudonyms(TempFolder folder, string export) =>
        [.. File.ReadAllLines(Path.Combine(folder.Path, export, "participants.csv")).Skip(1).Select(l => l.Split(',')[0])];

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("offramp-export-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
