using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// The hub's compare page: the accepted, current bundles that match the filters, their comparable metrics side by side
/// with confidence intervals, and pooled across programs (<see cref="EvidencePooling"/>). Only aggregates ever reach
/// the hub, so nothing here is about a person.
/// </summary>
public sealed class CompareEvidence(OfframpDbContext db, HubAccess access)
{
    public async Task<EvidenceComparisonView> ExecuteAsync(CompareEvidenceQuery query, CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var rows = await db.Set<HubBundle>().AsNoTracking()
            .Where(b => b.HubOrganisationId == hub.HubOrganisationId && !b.Superseded)
            .Select(b => new { b.Id, b.PublisherId, b.ProgramId, b.ProgramKind, b.Region, b.Country, b.Movements, b.Aims, b.PeriodCode, b.Document })
            .ToListAsync(ct);
        var publishers = await db.Set<HubPublisher>().AsNoTracking().Where(p => p.HubOrganisationId == hub.HubOrganisationId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var options = new HubFilterOptions(
            Distinct(rows.Select(r => r.ProgramKind)),
            Distinct(rows.SelectMany(r => r.Aims.Split(',', StringSplitOptions.RemoveEmptyEntries))),
            Distinct(rows.Select(r => r.Region ?? r.Country).OfType<string>()),
            Distinct(rows.SelectMany(r => r.Movements.Split(',', StringSplitOptions.RemoveEmptyEntries))),
            Distinct(rows.Select(r => r.PeriodCode).Where(p => !p.StartsWith("all-", StringComparison.Ordinal))));

        var matching = rows.Where(r =>
            (query.Kind is null || r.ProgramKind == query.Kind) &&
            (query.Aim is null || r.Aims.Split(',').Contains(query.Aim)) &&
            (query.Region is null || (r.Region ?? r.Country) == query.Region) &&
            (query.Movement is null || r.Movements.Split(',').Contains(query.Movement)));
        // Without a year, each program's latest cumulative bundle speaks for it.
        var chosen = string.IsNullOrEmpty(query.Period)
            ? matching.Where(r => r.PeriodCode.StartsWith("all-", StringComparison.Ordinal))
                .GroupBy(r => (r.PublisherId, r.ProgramId)).Select(g => g.MaxBy(r => r.PeriodCode)!)
            : matching.Where(r => r.PeriodCode == query.Period);
        var bundles = chosen.Select(r => (Publisher: publishers.GetValueOrDefault(r.PublisherId, "?"), Bundle: CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(r.Document))))
            .ToList();

        var method = string.Equals(query.Method, "DL", StringComparison.OrdinalIgnoreCase) ? Statistics.Meta.MetaAnalysisMethod.DerSimonianLaird : Statistics.Meta.MetaAnalysisMethod.Reml;
        var metrics = bundles
            .SelectMany(b => b.Bundle.Metrics.Select(m => (b.Publisher, b.Bundle, Metric: m)))
            .GroupBy(x => Signature(x.Metric))
            .Select(g => Compared(g.Key, [.. g], method))
            .OrderByDescending(m => m.Programs.Count).ThenBy(m => m.Title, StringComparer.Ordinal)
            .ToList();
        return new EvidenceComparisonView(query, bundles.Count, metrics, options);
    }

    private static ComparedMetric Compared(string signature, List<(string Publisher, EvidenceBundle Bundle, EvidenceMetric Metric)> rows, Statistics.Meta.MetaAnalysisMethod method)
    {
        var programs = rows
            .Select(r => new ComparedProgram(r.Bundle.BundleId, r.Bundle.Program.Name, r.Publisher, r.Bundle.Period.Describe(), r.Bundle.Program.Kind, r.Bundle.Program.Region ?? r.Bundle.Program.Country,
                r.Metric.Overall.Included.Value, r.Metric.Overall.Estimate, r.Metric.Comparison?.RiskDifference, r.Metric.Comparison?.HazardRatio))
            .OrderBy(p => p.Program, StringComparer.Ordinal).ToList();
        var (pooled, warnings) = EvidencePooling.Pool(programs, method);
        return new ComparedMetric(signature, Title(rows[0].Metric), programs, pooled, warnings);
    }

    /// <summary>Kind, outcome types, anchor and horizon: what makes two programs' metrics the same measure.</summary>
    public static string Signature(EvidenceMetric m) =>
        $"{m.Kind}|{string.Join('+', m.OutcomeTypes.Order(StringComparer.Ordinal))}|{m.Anchor}|{m.HorizonMonths.ToString(CultureInfo.InvariantCulture)}";

    private static string Title(EvidenceMetric m)
    {
        var types = string.Join(", ", m.OutcomeTypes.Select(t => t.Replace('-', ' ')));
        var from = m.Anchor == "release" ? "release" : "program entry";
        return m.Kind switch
        {
            "no-adverse-outcome" => $"No {types} within {m.HorizonMonths} months of {from}",
            "positive-outcome" => $"{Capital(types)} within {m.HorizonMonths} months of {from}",
            _ => $"Assessment improved by {m.HorizonMonths} months ({m.Name})",
        };
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static List<string> Distinct(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
