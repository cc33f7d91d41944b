using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;
using Offramp.Statistics.Meta;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// The hub's compare page: the accepted, current bundles that match the filters, their comparable metrics side by side
/// with confidence intervals, and pooled across programs (<see cref="EvidencePooling"/>). Only aggregates ever reach
/// the hub, so nothing here is about a person. Reads the narrow rows written at receipt (<see cref="HubMetric"/>), never
/// the documents, and keeps what it computed until the hub receives another bundle (<see cref="HubComparisons"/>).
/// </summary>
public sealed class CompareEvidence(OfframpDbContext db, HubAccess access, HubComparisons comparisons, HubStrataReader strataReader)
{
    public async Task<EvidenceComparisonView> ExecuteAsync(CompareEvidenceQuery query, CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var state = new HubState(hub.HubOrganisationId,
            await db.Set<HubBundle>().CountAsync(b => b.HubOrganisationId == hub.HubOrganisationId, ct),
            await db.Set<HubMetric>().CountAsync(m => m.HubOrganisationId == hub.HubOrganisationId, ct));
        return await comparisons.GetOrComputeAsync(state, query, () => ComputeAsync(hub, query, ct));
    }

    private async Task<EvidenceComparisonView> ComputeAsync(HubCaller hub, CompareEvidenceQuery query, CancellationToken ct)
    {
        var headers = await db.Set<HubBundle>().AsNoTracking()
            .Where(b => b.HubOrganisationId == hub.HubOrganisationId && !b.Superseded)
            .Select(b => new BundleHeader(b.Id, b.PublisherId, b.ProgramId, b.ProgramName, b.ProgramKind, b.Region ?? b.Country, b.Movements, b.Aims, b.PeriodCode, b.CodedFields))
            .ToListAsync(ct);
        var options = new HubFilterOptions(
            Distinct(headers.Select(r => r.Kind)),
            Distinct(headers.SelectMany(r => r.Aims.Split(',', StringSplitOptions.RemoveEmptyEntries))),
            Distinct(headers.Select(r => r.Region).OfType<string>()),
            Distinct(headers.SelectMany(r => r.Movements.Split(',', StringSplitOptions.RemoveEmptyEntries))),
            Distinct(headers.Select(r => r.PeriodCode).Where(p => !p.StartsWith("all-", StringComparison.Ordinal))),
            [.. headers.SelectMany(r => HubCodedField.Deserialize(r.CodedFields)).DistinctBy(f => f.Value).OrderBy(f => f.Label, StringComparer.Ordinal)]);

        var chosen = Chosen(headers, query).ToDictionary(h => h.Id);
        var publishers = await db.Set<HubPublisher>().AsNoTracking().Where(p => p.HubOrganisationId == hub.HubOrganisationId)
            .ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var metrics = await MetricsOfAsync(hub.HubOrganisationId, chosen, ct);

        var method = string.Equals(query.Method, "DL", StringComparison.OrdinalIgnoreCase) ? MetaAnalysisMethod.DerSimonianLaird : MetaAnalysisMethod.Reml;
        var strata = string.IsNullOrEmpty(query.BreakDownBy)
            ? null
            : await strataReader.ReadAsync(query.BreakDownBy, [.. chosen.Values.Where(h => HubCodedField.Deserialize(h.CodedFields).Any(f => f.Value == query.BreakDownBy)).Select(h => h.Id)], ct);
        var compared = metrics
            .GroupBy(m => m.Signature, StringComparer.Ordinal)
            .Select(g => Compared(g.Key, [.. g], chosen, publishers, method, strata))
            .OrderByDescending(m => m.Programs.Count).ThenBy(m => m.Title, StringComparer.Ordinal)
            .ToList();
        return new EvidenceComparisonView(query, chosen.Count, compared, options);
    }

    /// <summary>The bundles the filters select; without a year, each program's latest cumulative bundle speaks for it.</summary>
    private static IEnumerable<BundleHeader> Chosen(List<BundleHeader> headers, CompareEvidenceQuery query)
    {
        var matching = headers.Where(r =>
            (query.Kind is null || r.Kind == query.Kind) &&
            (query.Aim is null || r.Aims.Split(',').Contains(query.Aim)) &&
            (query.Region is null || r.Region == query.Region) &&
            (query.Movement is null || r.Movements.Split(',').Contains(query.Movement)));
        return string.IsNullOrEmpty(query.Period)
            ? matching.Where(r => r.PeriodCode.StartsWith("all-", StringComparison.Ordinal))
                .GroupBy(r => (r.PublisherId, r.ProgramId)).Select(g => g.MaxBy(r => r.PeriodCode, StringComparer.Ordinal)!)
            : matching.Where(r => r.PeriodCode == query.Period);
    }

    /// <summary>
    /// The chosen bundles' metric rows. A bundle received before these rows existed has none: its signed document is
    /// read instead, so no accepted bundle drops out of the comparison.
    /// </summary>
    private async Task<List<HubMetric>> MetricsOfAsync(Guid hubId, Dictionary<Guid, BundleHeader> chosen, CancellationToken ct)
    {
        var ids = chosen.Keys.ToList();
        var rows = await db.Set<HubMetric>().AsNoTracking().Where(m => m.HubOrganisationId == hubId && ids.Contains(m.HubBundleId)).ToListAsync(ct);
        var withRows = rows.Select(m => m.HubBundleId).ToHashSet();
        var missing = chosen.Keys.Where(id => !withRows.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            var documents = await db.Set<HubBundle>().AsNoTracking().Where(b => missing.Contains(b.Id)).ToListAsync(ct);
            rows.AddRange(documents.SelectMany(b => HubMetric.Of(b, CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(b.Document)))));
        }

        return rows;
    }

    private static ComparedMetric Compared(string signature, List<HubMetric> rows, Dictionary<Guid, BundleHeader> bundles, Dictionary<Guid, string> publishers,
        MetaAnalysisMethod method, HubStrata? strata)
    {
        ComparedProgram Program(BundleHeader bundle, int? included, EvidenceEstimate? proportion, EvidenceEstimate? difference, EvidenceEstimate? ratio) =>
            new(bundle.Id, bundle.ProgramName, publishers.GetValueOrDefault(bundle.PublisherId, "?"), EvidenceCellKeys.PeriodOf(bundle.PeriodCode).Describe(),
                bundle.Kind, bundle.Region, included, proportion, difference, ratio);
        List<ComparedProgram> Ordered(IEnumerable<ComparedProgram> programs) =>
            [.. programs.OrderBy(p => p.Program, StringComparer.Ordinal).ThenBy(p => p.Publisher, StringComparer.Ordinal)];

        var programs = Ordered(rows.Select(m => Program(bundles[m.HubBundleId], m.Included, m.ProportionEstimate, m.RiskDifferenceEstimate, m.HazardRatioEstimate)));
        var (pooled, warnings) = EvidencePooling.Pool(programs, method);
        var byCategory = strata?.Of(signature) ?? [];
        var comparedStrata = byCategory.Select(c =>
        {
            var inCategory = Ordered(c.Rates.Select(r => Program(bundles[r.BundleId], r.Rate.Included.Value, r.Rate.Estimate, null, null)));
            var (pooledHere, warningsHere) = EvidencePooling.Pool(inCategory, method);
            return new ComparedStratum(c.Category, c.Label, inCategory, pooledHere, warningsHere);
        }).ToList();
        return new ComparedMetric(signature, rows[0].Title, programs, pooled, warnings, comparedStrata);
    }

    private static List<string> Distinct(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private sealed record BundleHeader(Guid Id, Guid PublisherId, Guid ProgramId, string ProgramName, string Kind, string? Region, string Movements, string Aims, string PeriodCode, string CodedFields);
}
