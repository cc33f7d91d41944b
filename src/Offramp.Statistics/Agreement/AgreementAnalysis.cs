using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Chooses and computes the agreement statistics that fit the design: percent agreement always,
/// Cohen's kappa (three weightings when the scale is ordered) for two raters, Fleiss' kappa for three or
/// more, and the six ICCs when ratings are numbers. All of them use the subjects every rater rated on the scale.
/// </summary>
public static class AgreementAnalysis
{
    public static AgreementReport Analyze(RatingMatrix matrix, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.RaterCount < 2)
        {
            throw new RatingDataException(matrix.RaterCount == 1
                ? WarningText.Of($"Agreement needs at least two raters, but the ratings name only one ('{matrix.Raters[0]}').")
                : WarningText.Fixed("Agreement needs at least two raters, but the ratings name none."));
        }

        var completeness = RatingCompleteness.Of(matrix);
        var notes = new List<WarningText>();
        var cohen = CohenKappas(matrix, confidenceLevel, notes);
        var fleiss = matrix.RaterCount >= 3 ? FleissKappa.Compute(matrix) : null;
        var icc = Icc(matrix, completeness, confidenceLevel, notes);
        var percent = PercentAgreement.Compute(matrix);

        var warnings = new List<WarningText>();
        if (completeness.SubjectsWithIncompleteRatings > 0)
        {
            warnings.Add(ExclusionWarning(matrix.SubjectCount, completeness));
        }

        IStatisticalResult?[] results = [percent, .. cohen, fleiss, icc];
        warnings.AddRange(SummarizedWarnings(results, completeness.CompleteSubjects));

        return new AgreementReport
        {
            SubjectCount = matrix.SubjectCount,
            Raters = matrix.Raters,
            Scale = matrix.Scale,
            ConfidenceLevel = confidenceLevel,
            Completeness = completeness,
            PercentAgreement = percent,
            CohenKappa = cohen,
            FleissKappa = fleiss,
            Icc = icc,
            NoteTexts = notes,
            WarningTexts = [.. warnings.DistinctBy(w => w.ToString())],
        };
    }

    private static List<KappaResult> CohenKappas(RatingMatrix matrix, double confidenceLevel, List<WarningText> notes)
    {
        if (matrix.RaterCount != 2)
        {
            notes.Add(WarningText.Of($"Cohen's kappa compares two raters; with {matrix.RaterCount} raters Fleiss' kappa is given instead."));
            return [];
        }

        var table = RaterPairTable.FromMatrix(matrix, 0, 1);
        var results = new List<KappaResult> { CohenKappa.Compute(table, KappaWeighting.Unweighted, confidenceLevel) };
        if (matrix.Scale.IsOrdered)
        {
            results.Add(CohenKappa.Compute(table, KappaWeighting.Linear, confidenceLevel));
            results.Add(CohenKappa.Compute(table, KappaWeighting.Quadratic, confidenceLevel));
        }
        else
        {
            notes.Add(WarningText.Fixed("Weighted kappa needs the order of the rating levels, and these ratings are text with no order given: only unweighted kappa is shown. State the levels in order (lowest first) to get linear and quadratic weights."));
        }

        return results;
    }

    private static IccResult? Icc(RatingMatrix matrix, RatingCompleteness completeness, double confidenceLevel, List<WarningText> notes)
    {
        if (!matrix.Scale.IsNumeric)
        {
            notes.Add(WarningText.Fixed("The ICC needs ratings that are numbers, and these are not: it is not shown."));
            return null;
        }

        if (completeness.CompleteSubjects < 2)
        {
            notes.Add(WarningText.Fixed("The ICC needs at least two people rated by every rater: it is not shown."));
            return null;
        }

        return IntraclassCorrelation.Compute(matrix, confidenceLevel);
    }

    /// <summary>
    /// Each result carries its own small-number warning; read together they would say the same thing five
    /// times, so the report says it once for all figures and keeps only the warnings particular to one.
    /// </summary>
    private static IEnumerable<WarningText> SummarizedWarnings(IStatisticalResult?[] results, int completeSubjects)
    {
        if (completeSubjects == 0)
        {
            return [WarningText.Fixed("No one was rated on the scale by every rater, so no agreement figure can be computed.")];
        }

        var all = results.SelectMany(r => r?.Warnings ?? []).ToList();
        var minimum = SmallNumberWarning.MinimumSampleSize;
        WarningText[] summary = !all.Any(w => w.Kind == SmallNumberKind.SmallSample) ? []
            : completeSubjects == 1
                ? [WarningText.Of($"Only {completeSubjects} person was rated by every rater (fewer than {minimum}): every figure here could change a lot with one more rating. Read the confidence intervals rather than the single figures, and do not compare them with other teams.")]
                : [WarningText.Of($"Only {completeSubjects} people were rated by every rater (fewer than {minimum}): every figure here could change a lot with one more rating. Read the confidence intervals rather than the single figures, and do not compare them with other teams.")];
        return summary.Concat(all.Where(w => w.Kind != SmallNumberKind.SmallSample).Select(w => new WarningText(w.Template, w.Values)));
    }

    private static WarningText ExclusionWarning(int subjects, RatingCompleteness c) =>
        WarningText.Of($"{c.SubjectsWithIncompleteRatings} of {subjects} people were left out because at least one rater gave no usable rating ({c.ExcludedMissing} left blank, {c.ExcludedUnknown} rated unknown / could not rate, {c.NotRated} never rated). Agreement is measured only on the people every rater rated.");
}
