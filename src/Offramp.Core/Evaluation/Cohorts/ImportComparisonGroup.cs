using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// A director or evaluator imports an external comparison group from CSV with the header
/// <c>months_at_risk,event[,gender]</c> (event 1 or 0; gender Female, Male, Other or empty), or, for repeated measures,
/// <c>baseline,follow_up[,gender]</c> (a score on the same measure as the program's assessment metric). The whole file is checked
/// first by <see cref="ComparisonGroupCsv"/>: any bad row refuses the import, every bad row is named by its row and
/// column, and nothing is written. <see cref="PreviewAsync"/> applies the same checks and writes nothing, so a page can
/// show what an import would store before the evaluator confirms it.
/// </summary>
public sealed class ImportComparisonGroup(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public const int MaxRows = ComparisonGroupCsv.MaxRows;

    /// <summary>The most problems a refusal lists; the message still gives how many rows are bad in all.</summary>
    public const int MaxProblemsListed = 1000;

    private const int PreviewRows = 10;

    public async Task<Guid> ExecuteAsync(Guid programId, string name, string definition, string csv, CancellationToken ct = default)
    {
        var (program, checkedName, checkedDefinition) = await CheckAsync(programId, name, definition, ct);
        var parse = ComparisonGroupCsv.Parse(csv);
        if (parse.Problems.Count > 0)
        {
            throw Refusal(parse.Problems);
        }

        var rows = parse.Rows;
        var scores = parse.Scores ?? [];
        var group = new ComparisonGroup
        {
            OrganisationId = program.OrganisationId,
            ProgramId = programId,
            Name = checkedName,
            Definition = checkedDefinition,
            Design = parse.Design,
            Size = parse.Count,
            ImportedAt = clock.UtcNow,
            ImportedByUserId = db.Audit.Actor.UserId,
        };
        db.Set<ComparisonGroup>().Add(group);
        foreach (var row in rows)
        {
            row.GroupId = group.Id;
        }

        foreach (var score in scores)
        {
            score.GroupId = group.Id;
        }

        db.Set<ComparisonGroupRow>().AddRange(rows);
        db.Set<ComparisonGroupScore>().AddRange(scores);
        db.Audit.Record(AuditActions.ComparisonImported, AuditEntities.ComparisonGroup, group.Id, null, $"{parse.Count} rows");
        await db.SaveChangesAsync(ct);
        return group.Id;
    }

    /// <summary>What <see cref="ExecuteAsync"/> would store, or every problem that would refuse it; stores nothing.</summary>
    public async Task<ComparisonGroupPreview> PreviewAsync(Guid programId, string name, string definition, string csv, CancellationToken ct = default)
    {
        await CheckAsync(programId, name, definition, ct);
        var parse = ComparisonGroupCsv.Parse(csv);
        var rows = parse.Rows;
        var scores = parse.Scores ?? [];
        var genders = parse.Design == ComparisonDesign.RepeatedMeasures ? scores.Select(s => s.Gender) : rows.Select(r => r.Gender);
        return new ComparisonGroupPreview(parse.Count, rows.Count(r => r.Event), rows.Count == 0 ? 0 : rows.Min(r => r.MonthsAtRisk),
            rows.Count == 0 ? 0 : rows.Max(r => r.MonthsAtRisk),
            [.. genders.GroupBy(g => g).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))],
            [.. rows.Take(PreviewRows)], parse.Problems.Select(p => p.Row).Distinct().Count(), [.. parse.Problems.Take(MaxProblemsListed)])
        {
            Design = parse.Design,
            FirstScores = [.. scores.Take(PreviewRows)],
            MeanBaseline = scores.Count == 0 ? null : scores.Average(s => s.Baseline),
            MeanFollowUp = scores.Count == 0 ? null : scores.Average(s => s.FollowUp),
        };
    }

    /// <summary>The caller's access to the program, then the name and definition, then that the name is free.</summary>
    private async Task<(EvaluatedProgram Program, string Name, string Definition)> CheckAsync(Guid programId, string name, string definition, CancellationToken ct)
    {
        var program = await access.ForCallerAsync(programId, ct);
        name = name.Trim();
        definition = definition.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new DomainException("Name the comparison group (up to 200 characters).", "name");
        }

        if (definition.Length is 0 or > 1000)
        {
            throw new DomainException("State the group's outcome definition and source (up to 1,000 characters), e.g. \"reconviction for any violent offence, national statistics 2019 release cohort\".", "definition");
        }

        if (TextRules.Problem(name, 200) is { } nameProblem)
        {
            throw new DomainException(nameProblem, "name");
        }

        if (TextRules.Problem(definition, 1000) is { } definitionProblem)
        {
            throw new DomainException(definitionProblem, "definition");
        }

        if (await db.Set<ComparisonGroup>().AnyAsync(g => g.ProgramId == programId && g.Name == name, ct))
        {
            throw new ConflictException(Phrase.Of($"The program already has a comparison group named '{name}'."));
        }

        return (program, name, definition);
    }

    private static DomainException Refusal(IReadOnlyList<ComparisonGroupProblem> problems)
    {
        var rows = problems.Select(p => p.Row).Distinct().Count();
        return new DomainException(
            new Dictionary<string, Phrase[]> { ["csv"] = [.. problems.Take(MaxProblemsListed).Select(p => p.Wording)] },
            rows == 1 ? "One row of the file has problems; nothing was imported." : $"{rows:N0} rows of the file have problems; nothing was imported.");
    }
}

/// <summary>
/// What an import would store: counts, the range of months at risk, rows per gender and the first rows; or, when
/// <see cref="Problems"/> is not empty, nothing but the problems (<see cref="BadRows"/> rows in all).
/// </summary>
public sealed record ComparisonGroupPreview(int Rows, int Events, double ShortestMonths, double LongestMonths,
    IReadOnlyList<(Gender Gender, int Rows)> ByGender, IReadOnlyList<ComparisonGroupRow> FirstRows, int BadRows,
    IReadOnlyList<ComparisonGroupProblem> Problems)
{
    public bool CanImport => Problems.Count == 0;

    public ComparisonDesign Design { get; init; }

    /// <summary>For repeated measures: the first rows and the mean scores (the time-to-event figures above are then empty).</summary>
    public IReadOnlyList<ComparisonGroupScore> FirstScores { get; init; } = [];

    public double? MeanBaseline { get; init; }

    public double? MeanFollowUp { get; init; }
}
