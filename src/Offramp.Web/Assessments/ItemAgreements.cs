using Offramp.Core.Assessments.Trajectory;
using Offramp.Core.Common;
using Offramp.Core.Evaluation.Reports;
using Offramp.Statistics.Agreement;
using Offramp.Statistics.Common;

namespace Offramp.Web.Assessments;

/// <summary>
/// Agreement item by item, so evaluators see which items the raters read differently: for each item the subjects are
/// the assessments, and the figures are <see cref="AgreementAnalysis"/>'s on that item's ratings alone (the same
/// library call as the pooled figures, levels as scale positions). Each item is summarised by one kappa: Cohen's with
/// linear weights for two raters (a disagreement between neighbouring levels counts less than one across the scale),
/// Fleiss' for three or more. The worst-agreeing items come first; items with no kappa (one rater, or every rating in
/// one level) come last, with the statistics' reason.
/// </summary>
public static class ItemAgreements
{
    public static IReadOnlyList<ItemAgreement> Analyze(ProgramRatings ratings, Func<IEnumerable<RatingRow>, Func<RatingRow, string>, AgreementOutcome> analyze)
    {
        var rated = ratings.Rows.Select(r => r.ItemKey).ToHashSet(StringComparer.Ordinal);
        return [.. ratings.Items.Where(i => rated.Contains(i.Key))
            .Select(i => ForItem(i, analyze(ratings.Rows.Where(r => r.ItemKey == i.Key), r => r.Subject)))
            .OrderBy(i => !i.HasKappa)
            .ThenBy(i => i.HasKappa ? i.Kappa!.Value : 0)];
    }

    private static ItemAgreement ForItem(RatedItem item, AgreementOutcome outcome) =>
        new(item.Key, item.Text, item.DomainName, outcome, outcome.Report is { } report ? Headline(report) : null);

    private static ItemKappa? Headline(AgreementReport report)
    {
        if (report.FleissKappa is { } fleiss)
        {
            return new ItemKappa(ItemKappaKind.Fleiss, fleiss.Kappa, null, fleiss.N, RateEstimates.Words(fleiss.Warnings));
        }

        var cohen = report.CohenKappa.FirstOrDefault(k => k.Weighting == KappaWeighting.Linear)
            ?? report.CohenKappa.FirstOrDefault(k => k.Weighting == KappaWeighting.Unweighted);
        return cohen is null ? null : new ItemKappa(cohen.Weighting == KappaWeighting.Linear ? ItemKappaKind.CohenLinear : ItemKappaKind.Cohen,
            cohen.Kappa, cohen.Interval, cohen.N, RateEstimates.Words(cohen.Warnings));
    }
}

/// <param name="Kappa">The item's kappa as the library returned it (NaN when it cannot be computed), or null without a report.</param>
public sealed record ItemAgreement(string Key, string Text, string Domain, AgreementOutcome Agreement, ItemKappa? Kappa)
{
    public bool HasKappa => Kappa is { } k && double.IsFinite(k.Value);

    /// <summary>Assessments every rater rated on the scale: the n of the item's figures.</summary>
    public int Subjects => Agreement.Report?.Completeness.CompleteSubjects ?? 0;

    public int Raters => Agreement.Report?.RaterCount ?? 0;

    /// <summary>In the statistics' words: why there is no report, or the kappa's own small-number warnings.</summary>
    public IReadOnlyList<Phrase> Cautions => Agreement.WhyNone is { } why ? [why] : Kappa?.Warnings ?? [];
}

/// <param name="Interval">Cohen's kappa's interval; Fleiss' kappa has none (the library tests it against 0 instead).</param>
/// <param name="Warnings">The library's small-number warnings for this kappa.</param>
public sealed record ItemKappa(ItemKappaKind Kind, double Value, ConfidenceInterval? Interval, int N, IReadOnlyList<Phrase> Warnings);

public enum ItemKappaKind
{
    CohenLinear,
    Cohen,
    Fleiss,
}
