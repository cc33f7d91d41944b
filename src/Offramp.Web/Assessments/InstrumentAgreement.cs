using System.Globalization;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Trajectory;
using Offramp.Core.Common;
using Offramp.Core.Evaluation.Reports;
using Offramp.Statistics.Agreement;

namespace Offramp.Web.Assessments;

/// <summary>
/// The full agreement report of one instrument for the evaluation page: all items pooled (subjects are assessment and
/// item pairs), each domain, and each item (subjects are assessments, <see cref="ItemAgreements"/>), every figure with
/// its interval as <see cref="AgreementAnalysis"/> computes it for `offramp analyze agreement`. Levels are given to the statistics as their positions on the scale (0 = lowest), which
/// keeps kappa unchanged (it depends only on the order) and lets the ICC be computed as the CLI does for numeric
/// ratings. "Unknown / could not rate" stays outside the scale.
/// </summary>
public static class InstrumentAgreement
{
    public static InstrumentAgreementReport Analyze(ProgramRatings ratings)
    {
        var levels = ratings.Latest.Scale.Levels.Select((_, i) => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var positions = ratings.Latest.Scale.Levels.Select((l, i) => (l.Code, Position: levels[i]))
            .ToDictionary(x => x.Code, x => x.Position, StringComparer.OrdinalIgnoreCase);
        AgreementOutcome Of(IEnumerable<RatingRow> rows, Func<RatingRow, string> subject) => Analyze(rows, subject, levels, positions);
        var overall = Of(ratings.Rows, PooledSubject);
        var domains = ratings.Latest.Domains
            .Select(d => new DomainAgreement(d.Key, d.Name, Of(ratings.Rows.Where(r => r.DomainKey == d.Key), PooledSubject)))
            .ToList();
        return new InstrumentAgreementReport(ratings.InstrumentName, ratings.Assessments, ratings.Rows.Count,
            ratings.Latest.Scale.Levels.Select(l => l.Label).ToList(), overall, domains, ItemAgreements.Analyze(ratings, Of));
    }

    private static string PooledSubject(RatingRow row) => $"{row.Subject}/{row.ItemKey}";

    /// <summary>The report, or why there is none (no ratings, one rater only).</summary>
    private static AgreementOutcome Analyze(IEnumerable<RatingRow> rows, Func<RatingRow, string> subject, List<string> levels, Dictionary<string, string> positions)
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions
        {
            Levels = levels,
            UnknownValues = [RatingScaleDefinition.UnknownCode],
        });
        foreach (var row in rows)
        {
            builder.Add(subject(row), row.Rater, positions.GetValueOrDefault(row.Level, row.Level));
        }

        try
        {
            return new AgreementOutcome(AgreementAnalysis.Analyze(builder.Build()), null);
        }
        catch (RatingDataException e)
        {
            return new AgreementOutcome(null, RateEstimates.Words(e.Text));
        }
    }
}

public sealed record InstrumentAgreementReport(string Instrument, int Assessments, int Ratings, IReadOnlyList<string> LevelsLowestFirst,
    AgreementOutcome Overall, IReadOnlyList<DomainAgreement> Domains, IReadOnlyList<ItemAgreement> Items);

public sealed record DomainAgreement(string Key, string Name, AgreementOutcome Agreement);

/// <summary>Either the statistics' report or the reason there is none, in the statistics' words (worded in the reader's language).</summary>
public sealed record AgreementOutcome(AgreementReport? Report, Phrase? WhyNone);
