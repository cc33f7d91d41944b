using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence.Hub;

/// <summary>
/// Reads, from the signed documents of the bundles that break down by one coded field, each metric's rate per
/// category of that field. Only asked for when the compare page is broken down, and only for the bundles that carry
/// the field, so the usual comparison still reads the narrow metric rows alone.
/// </summary>
public sealed class HubStrataReader(OfframpDbContext db)
{
    public async Task<HubStrata> ReadAsync(string breakDownBy, IReadOnlyList<Guid> bundleIds, CancellationToken ct)
    {
        var (fieldKey, codebook) = HubCodedField.Parse(breakDownBy);
        var documents = await db.Set<HubBundle>().AsNoTracking().Where(b => bundleIds.Contains(b.Id)).Select(b => new { b.Id, b.Document }).ToListAsync(ct);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        var rates = new List<(string Signature, string Category, HubStratumRate Rate)>();
        foreach (var document in documents.OrderBy(d => d.Id))
        {
            var bundle = CanonicalJson.Read<EvidenceBundle>(System.Text.Encoding.UTF8.GetBytes(document.Document));
            if (bundle.CodedFields?.FirstOrDefault(f => f.Field == fieldKey && f.Codebook == codebook) is not { } field)
            {
                continue;
            }

            foreach (var option in field.Options.Append(new EvidenceCodedOption(Building.EvidenceDimensions.NotCoded, "Not coded")))
            {
                if (labels.TryAdd(option.Code, option.Label))
                {
                    order.Add(option.Code);
                }
            }

            foreach (var metric in bundle.Metrics)
            {
                var signature = ComparableMetric.Signature(metric);
                rates.AddRange(metric.Breakdowns.Where(b => b.Dimension == field.Dimension).Select(b => (signature, b.Category, new HubStratumRate(document.Id, b.Rate))));
            }
        }

        return new HubStrata(order, labels, rates);
    }
}

/// <summary>One bundle's rate in one category.</summary>
public sealed record HubStratumRate(Guid BundleId, EvidenceRate Rate);

/// <summary>The rates per metric and category, categories in the codebook's order (then "not coded").</summary>
public sealed class HubStrata(IReadOnlyList<string> order, IReadOnlyDictionary<string, string> labels, IReadOnlyList<(string Signature, string Category, HubStratumRate Rate)> rates)
{
    public IEnumerable<(string Category, string Label, IReadOnlyList<HubStratumRate> Rates)> Of(string signature) =>
        order.Select(category => (category, labels[category], (IReadOnlyList<HubStratumRate>)[.. rates.Where(r => r.Signature == signature && r.Category == category).Select(r => r.Rate)]))
            .Where(c => c.Item3.Count > 0);
}
