using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Percent agreement: the share of subjects on whom all raters gave the same level (for two raters,
/// unweighted kappa's observed agreement). Reported beside kappa because practitioners read it easily,
/// even though part of it is agreement by chance.
/// </summary>
public static class PercentAgreement
{
    public static PercentAgreementResult Compute(RatingMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var complete = matrix.CompleteSubjects();
        var agreeing = 0;
        foreach (var subject in complete)
        {
            var first = matrix[subject, 0];
            var same = true;
            for (var r = 1; r < matrix.RaterCount && same; r++)
            {
                same = matrix[subject, r] == first;
            }

            agreeing += same ? 1 : 0;
        }

        return new PercentAgreementResult
        {
            SubjectsInAgreement = agreeing,
            N = complete.Length,
            RaterCount = matrix.RaterCount,
            Warnings = AgreementWarnings.ForSubjects(WarningText.Fixed("Percent agreement"), complete.Length),
        };
    }
}
