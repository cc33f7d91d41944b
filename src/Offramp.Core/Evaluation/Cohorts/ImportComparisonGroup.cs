using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// A director or evaluator imports an external comparison group from CSV with the header
/// <c>months_at_risk,event[,gender]</c> (event 1 or 0; gender Female, Male, Other or empty). The whole file is checked
/// first: one bad line refuses the import with its line number, and nothing is written.
/// </summary>
public sealed class ImportComparisonGroup(OfframpDbContext db, EvaluationAccess access, IClock clock)
{
    public const int MaxRows = 100_000;

    public async Task<Guid> ExecuteAsync(Guid programId, string name, string definition, string csv, CancellationToken ct = default)
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

        var rows = Parse(csv);
        if (await db.Set<ComparisonGroup>().AnyAsync(g => g.ProgramId == programId && g.Name == name, ct))
        {
            throw new ConflictException($"The program already has a comparison group named '{name}'.");
        }

        var group = new ComparisonGroup
        {
            OrganisationId = program.OrganisationId,
            ProgramId = programId,
            Name = name,
            Definition = definition,
            Size = rows.Count,
            ImportedAt = clock.UtcNow,
            ImportedByUserId = db.Audit.Actor.UserId,
        };
        db.Set<ComparisonGroup>().Add(group);
        foreach (var row in rows)
        {
            row.GroupId = group.Id;
        }

        db.Set<ComparisonGroupRow>().AddRange(rows);
        db.Audit.Record(AuditActions.ComparisonImported, AuditEntities.ComparisonGroup, group.Id, null, $"{rows.Count} rows");
        await db.SaveChangesAsync(ct);
        return group.Id;
    }

    internal static List<ComparisonGroupRow> Parse(string csv)
    {
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = lines[0].Trim().TrimStart('\uFEFF').Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var months = Array.IndexOf(header, "months_at_risk");
        var events = Array.IndexOf(header, "event");
        var gender = Array.IndexOf(header, "gender");
        if (months < 0 || events < 0)
        {
            throw new DomainException("The first line must name the columns months_at_risk and event (and optionally gender).", "csv");
        }

        var rows = new List<ComparisonGroupRow>();
        for (var n = 1; n < lines.Length; n++)
        {
            if (lines[n].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[n].Split(',').Select(c => c.Trim()).ToArray();
            var line = n + 1;
            if (cells.Length < header.Length)
            {
                throw new DomainException($"Line {line} has {cells.Length} values; the header names {header.Length}.", "csv");
            }

            if (!double.TryParse(cells[months], NumberStyles.Float, CultureInfo.InvariantCulture, out var m) || !double.IsFinite(m) || m < 0 || m > 1200)
            {
                throw new DomainException($"Line {line}: months_at_risk must be a number from 0 to 1200 (got '{cells[months]}').", "csv");
            }

            var happened = cells[events] switch
            {
                "1" => true,
                "0" => false,
                _ => throw new DomainException($"Line {line}: event must be 1 or 0 (got '{cells[events]}').", "csv"),
            };
            var g = Gender.NotRecorded;
            if (gender >= 0 && cells[gender].Length > 0 && (!Enum.TryParse(cells[gender], ignoreCase: true, out g) || !Enum.IsDefined(g)))
            {
                throw new DomainException($"Line {line}: gender must be Female, Male, Other or empty (got '{cells[gender]}').", "csv");
            }

            rows.Add(new ComparisonGroupRow { MonthsAtRisk = m, Event = happened, Gender = g });
            if (rows.Count > MaxRows)
            {
                throw new DomainException($"A comparison group is limited to {MaxRows:N0} rows.", "csv");
            }
        }

        if (rows.Count == 0)
        {
            throw new DomainException("The file has a header but no rows.", "csv");
        }

        return rows;
    }
}
