using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Trajectory;
using Offramp.Statistics.Agreement;

namespace Offramp.Web.Assessments;

/// <summary>
/// Inter-rater agreement over a program's assessments, per item and per domain, computed by Offramp.Statistics (the
/// same code as `offramp analyze agreement`, checked against scikit-learn, statsmodels and R psych). Per item the
/// subjects are assessments; per domain they are (assessment, item) pairs. Raters are positions in submission order.
/// "Unknown / could not rate" is reported, never counted as a level. Items are keyed by their lineage (the key in the
/// first version they descend from), like the rating rows.
/// </summary>
public static class ProgramAgreement
{
    public static ProgramAgreementReport Compute(ProgramRatings ratings)
    {
        var levels = ratings.Latest.Scale.Levels.Select(l => l.Code).ToList();
        // Ratings carry each item's lineage key (its key in the first version), so items are matched by that key, as the
        // agreement page does: an item renamed in a later version keeps its ratings from every version.
        var items = ratings.Items
            .Select(i => new AgreementFigure("item", i.Key, i.DomainName, Analyze(ratings.Rows.Where(r => r.ItemKey == i.Key), levels, r => r.Subject)))
            .ToList();
        var domains = ratings.Latest.Domains
            .Select(d => new AgreementFigure("domain", d.Key, d.Name, Analyze(ratings.Rows.Where(r => r.DomainKey == d.Key), levels, r => $"{r.Subject}/{r.ItemKey}")))
            .ToList();
        return new ProgramAgreementReport(ratings.InstrumentName, ratings.Assessments, ratings.Rows.Count, domains, items);
    }

    private static AgreementSummary Analyze(IEnumerable<RatingRow> rows, List<string> levels, Func<RatingRow, string> subject)
    {
        var builder = new RatingMatrixBuilder(new RatingMatrixOptions { Levels = levels, UnknownValues = [RatingScaleDefinition.UnknownCode] });
        foreach (var row in rows)
        {
            builder.Add(subject(row), row.Rater, row.Level);
        }

        if (builder.RowCount == 0)
        {
            return AgreementSummary.Empty("No ratings yet.");
        }

        try
        {
            var report = AgreementAnalysis.Analyze(builder.Build());
            var cohen = report.CohenKappa.ToDictionary(k => k.Weighting);
            return new AgreementSummary(report.Completeness.CompleteSubjects, report.RaterCount,
                Finite(report.PercentAgreement.Percent),
                cohen.TryGetValue(KappaWeighting.Unweighted, out var u) ? Finite(u.Kappa) : null,
                cohen.TryGetValue(KappaWeighting.Linear, out var l) ? Finite(l.Kappa) : null,
                cohen.TryGetValue(KappaWeighting.Quadratic, out var q) ? Finite(q.Kappa) : null,
                report.FleissKappa is { } f ? Finite(f.Kappa) : null,
                [.. report.Notes, .. report.Warnings]);
        }
        catch (RatingDataException e)
        {
            return AgreementSummary.Empty(e.Message);
        }
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

public sealed record ProgramAgreementReport(string Instrument, int Assessments, int Ratings, IReadOnlyList<AgreementFigure> Domains, IReadOnlyList<AgreementFigure> Items);

public sealed record AgreementFigure(string Level, string Key, string Name, AgreementSummary Agreement);

/// <summary>The figures that fit the design (null when they do not, or cannot be computed), with the statistics' own notes and warnings.</summary>
public sealed record AgreementSummary(int CompleteSubjects, int Raters, double? PercentAgreement, double? CohenKappa, double? CohenKappaLinear, double? CohenKappaQuadratic, double? FleissKappa, IReadOnlyList<string> Notes)
{
    public static AgreementSummary Empty(string why) => new(0, 0, null, null, null, null, null, [why]);
}
