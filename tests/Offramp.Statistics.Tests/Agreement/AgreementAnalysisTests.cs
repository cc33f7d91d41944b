using Offramp.Statistics.Agreement;
using Offramp.Statistics.Common;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class AgreementAnalysisTests
{
    private static readonly RatingScale ThreeLevels = RatingScale.Ordered(["1", "2", "3"]);

    [Fact]
    public void Fewer_than_ten_people_gives_one_plain_warning_for_the_whole_report()
    {
        var design = AgreementDesigns.All.Single(d => d.Name == "two-raters-small");
        var report = AgreementAnalysis.Analyze(design.ToMatrix());

        var warning = Assert.Single(report.Warnings);
        Assert.StartsWith("Only 9 people were rated by every rater (fewer than 10)", warning, StringComparison.Ordinal);
        Assert.All(report.CohenKappa, k => Assert.Contains(k.Warnings, w => w.Message.StartsWith("Only 9 people", StringComparison.Ordinal)));
        Assert.Equal(9, report.CohenKappa[0].N);
    }

    [Fact]
    public void Perfect_agreement_gives_kappa_one_with_zero_standard_error()
    {
        var matrix = RatingMatrix.FromCodes(ThreeLevels, new[,] { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 1, 1 }, { 0, 0 } });
        var report = AgreementAnalysis.Analyze(matrix);

        Assert.All(report.CohenKappa, k => Assert.Equal(1.0, k.Kappa, 15));
        Assert.All(report.CohenKappa, k => Assert.Equal(0.0, k.StandardError, 15));
        Assert.Equal(100.0, report.PercentAgreement.Percent);

        // Every ICC is 1; with no residual error F is infinite, so the limits built from F alone are 1, while
        // ICC2's Satterthwaite df are 0/0 and its limits undefined (R gets 1 there only through rounding).
        var icc = Assert.IsType<IccResult>(report.Icc);
        Assert.All(icc.Estimates, e => Assert.Equal(1.0, e.Value, 15));
        Assert.Equal(new ConfidenceInterval(1, 1, 0.95), icc[IccForm.Icc3].Interval);
        Assert.Equal(new ConfidenceInterval(1, 1, 0.95), icc[IccForm.Icc1k].Interval);
        Assert.True(double.IsNaN(icc[IccForm.Icc2].Interval.Lower));
        Assert.Contains(icc.Warnings, w => w.Message.Contains("confidence limits cannot be computed", StringComparison.Ordinal));
    }

    [Fact]
    public void Everyone_in_one_level_cannot_give_kappa_and_says_so()
    {
        var matrix = RatingMatrix.FromCodes(ThreeLevels, new[,] { { 1, 1 }, { 1, 1 }, { 1, 1 } });
        var kappa = AgreementAnalysis.Analyze(matrix).CohenKappa[0];

        Assert.True(double.IsNaN(kappa.Kappa));
        Assert.Contains(kappa.Warnings, w => w.Message.Contains("every rating fell in the same level", StringComparison.Ordinal));
        var icc = Assert.IsType<IccResult>(AgreementAnalysis.Analyze(matrix).Icc);
        Assert.All(icc.Estimates, e => Assert.True(double.IsNaN(e.Value)));
        Assert.Contains(icc.Warnings, w => w.Message.Contains("do not vary", StringComparison.Ordinal));
    }

    [Fact]
    public void No_complete_subject_is_reported_once_not_as_an_exception()
    {
        var matrix = RatingMatrix.FromCodes(ThreeLevels, new[,] { { 0, RatingMatrix.Unknown }, { RatingMatrix.Missing, 1 } });
        var report = AgreementAnalysis.Analyze(matrix);

        Assert.Null(report.Icc);
        Assert.Contains("No one was rated on the scale by every rater, so no agreement figure can be computed.", report.Warnings);
    }

    [Fact]
    public void Weights_credit_near_misses_on_the_scale()
    {
        var linear = KappaWeights.For(KappaWeighting.Linear, 4);
        var quadratic = KappaWeights.For(KappaWeighting.Quadratic, 4);

        double[] expectedLinear = [1, 2.0 / 3, 1.0 / 3, 0];
        double[] expectedQuadratic = [1, 8.0 / 9, 5.0 / 9, 0];
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(expectedLinear[j], linear[0, j], 15);
            Assert.Equal(expectedQuadratic[j], quadratic[0, j], 15);
            Assert.Equal(linear[0, j], linear[j, 0]);
        }
    }

    [Fact]
    public void Fleiss_kappa_refuses_subjects_with_different_numbers_of_ratings()
    {
        Assert.Throws<ArgumentException>(() => FleissKappa.Compute(new long[,] { { 2, 1 }, { 1, 1 } }));
    }
}
