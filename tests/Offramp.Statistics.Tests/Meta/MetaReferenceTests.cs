using System.Text.Json;

using Offramp.Statistics.Common;
using Offramp.Statistics.Meta;
using Offramp.Statistics.Tests.Reference;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Meta;

/// <summary>Random-effects meta-analysis against metafor's rma and predict, to 1e-9, on k = 2 to 60 studies.</summary>
public sealed class MetaReferenceTests(ITestOutputHelper output)
{
    /// <summary>metafor's names for the methods, in the order fitted.</summary>
    internal static readonly string[] Methods = ["REML", "DL", "EE"];

    public static TheoryData<int, double, double> Designs => new()
    {
        // seed, confidence level, scale of the effects
        { 1, 0.95, 1 },
        { 2, 0.95, 1 },
        { 3, 0.90, 1 },
        { 4, 0.99, 1 },
        { 5, 0.95, 1 },
        { 6, 0.95, 1 },
        { 7, 0.95, 40 },
    };

    [Theory]
    [MemberData(nameof(Designs))]
    public void Pooled_estimate_heterogeneity_and_prediction_interval_match_metafor(int seed, double level, double scale)
    {
        var datasets = MetaDataGenerator.Series(seed, scale);
        var fits = Check(datasets, level, threshold: 1e-10);
        output.WriteLine($"τ² per REML fit: {string.Join(", ", fits.Where(f => f.Method == MetaAnalysisMethod.Reml).Select(f => f.Tau2.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    [Fact]
    public void Tau2_at_its_bound_of_zero_matches_metafor()
    {
        // Homogeneous effects, and effects closer together than their sampling variances allow: τ² is 0, or for REML
        // approached by halved steps and left just above 0 when a step moves it by less than the threshold, as metafor does.
        var datasets = Enumerable.Range(20, 16).Select(seed => MetaDataGenerator.Create(seed, 5 + (seed % 4 * 5), seed % 3 == 0 ? double.NaN : 0)).ToArray();
        var fits = Check(datasets, 0.95, threshold: 1e-10);

        var remlFits = fits.Where(f => f.Method == MetaAnalysisMethod.Reml).ToArray();
        Assert.Contains(fits, f => f.Method == MetaAnalysisMethod.DerSimonianLaird && f.Tau2 == 0);
        Assert.Contains(remlFits, f => f.Tau2 == 0 && f.I2 == 0 && f.H2 == 1);
        Assert.Contains(remlFits, f => f.Tau2 is > 0 and < 1e-9);
    }

    [Theory]
    [InlineData(new[] { -0.58004836615707189, -4.9285789918754261, 1.5234758226130498, -0.57863194547886942 }, new[] { 0.085918839317235415, 3.3745676275927861, 0.88402389029182049, 0.0026941764491243791 })]
    [InlineData(new[] { 0.17186961032779149, 5.7506487983420271, 0.29791249506544265 }, new[] { 0.0045471272104461741, 4.8323339124811735, 0.0099399743876317052 })]
    public void REML_stuck_at_a_local_maximum_falls_back_to_zero_as_metafor_does(double[] yi, double[] vi)
    {
        // Found by searching metafor fits for its warning: Fisher scoring converges to a τ² whose restricted
        // likelihood is below that at τ² = 0, so metafor (and Offramp) set τ² to 0 and say so.
        var fits = Check([new MetaDataset($"local-maximum-k{yi.Length}", yi, vi)], 0.95, threshold: 1e-10);

        var reml = Assert.Single(fits, f => f.Method == MetaAnalysisMethod.Reml);
        Assert.Equal(0, reml.Tau2);
        Assert.Contains(reml.Warnings, w => w.Message.StartsWith("REML's Fisher scoring may have stopped at a local maximum", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_default_threshold_of_metafor_REML_takes_the_same_steps()
    {
        // metafor's default stops REML once a step moves τ² by 1e-5 or less. Offramp takes exactly metafor's steps, so
        // with the same threshold it stops at the same iterate (for τ² under 1, where the rule is metafor's exactly).
        var datasets = MetaDataGenerator.Series(8).Concat(MetaDataGenerator.Series(9)).ToArray();
        using var folder = new TempFolder();
        var csv = folder.File("meta.csv");
        MetaDataGenerator.WriteCsv(csv, datasets);
        var reference = MetaReference.Run(csv, ["REML"], 0.95, threshold: null);

        var check = new ReferenceAssert(output);
        var compared = 0;
        for (var i = 0; i < datasets.Length; i++)
        {
            if (reference[i].GetProperty("tau2")[0].GetDouble() < 1)
            {
                var fit = RandomEffectsMetaAnalysis.Fit(datasets[i].Yi, datasets[i].Vi, new MetaAnalysisOptions(ConvergenceThreshold: 1e-5));
                Compare(check, reference[i], fit, datasets[i].Name + " default threshold");
                compared++;
            }
        }

        Assert.True(compared >= 10, $"only {compared} datasets with τ² under 1");
        check.Report();
    }

    [Fact]
    public void Two_studies_are_pooled_with_a_warning()
    {
        var data = MetaDataGenerator.Create(40, 2, 0.3);
        var fits = Check([data], 0.95, threshold: 1e-10);

        Assert.All(fits, f => Assert.Contains(f.Warnings, w => w.Message == "Only 2 studies, fewer than 3: τ² and the prediction interval are unreliable."));
    }

    [Fact]
    public void Three_studies_carry_no_warning()
    {
        var fit = RandomEffectsMetaAnalysis.Fit([0.1, 0.5, 0.2], [0.04, 0.05, 0.03]);

        Assert.Empty(fit.Warnings);
        Assert.True(fit.Converged);
        Assert.Equal(3, fit.N);
    }

    [Fact]
    public void REML_that_runs_out_of_iterations_warns_and_reports_its_last_step()
    {
        var data = MetaDataGenerator.Create(41, 12, 0.5);

        var fit = RandomEffectsMetaAnalysis.Fit(data.Yi, data.Vi, new MetaAnalysisOptions(MaxIterations: 1));

        Assert.False(fit.Converged);
        Assert.Equal(1, fit.Iterations);
        var warning = Assert.Single(fit.Warnings);
        Assert.Equal(SmallNumberKind.NotEstimable, warning.Kind);
        Assert.StartsWith("REML did not converge in 1 iterations", warning.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.Tau2) && fit.Tau2 > 0);
        Assert.True(RandomEffectsMetaAnalysis.Fit(data.Yi, data.Vi).Converged);
    }

    [Theory]
    [InlineData(new double[] { 0.2 }, new double[] { 0.1 }, "at least 2 studies; there is 1")]
    [InlineData(new double[0], new double[0], "at least 2 studies; there are 0")]
    public void Fewer_than_two_studies_are_refused(double[] yi, double[] vi, string message)
    {
        var refused = Assert.Throws<ModelNotEstimableException>(() => RandomEffectsMetaAnalysis.Fit(yi, vi));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { 0.2, 0.3 }, new[] { 0.1 }, "2 effect sizes and 1 variances")]
    [InlineData(new[] { 0.2, 0.3 }, new[] { 0.1, 0 }, "Study 2: the sampling variance must be a positive finite number (got 0)")]
    [InlineData(new[] { 0.2, 0.3 }, new[] { -0.1, 0.1 }, "Study 1: the sampling variance must be a positive finite number (got -0.1)")]
    [InlineData(new[] { 0.2, 0.3 }, new[] { 0.1, double.PositiveInfinity }, "Study 2: the sampling variance must be a positive finite number (got Infinity)")]
    [InlineData(new[] { 0.2, 0.3 }, new[] { 0.1, double.NaN }, "Study 2: the sampling variance must be a positive finite number (got NaN)")]
    [InlineData(new[] { double.NaN, 0.3 }, new[] { 0.1, 0.1 }, "Study 1: the effect size must be a finite number (got NaN)")]
    public void Bad_input_is_refused_in_words(double[] yi, double[] vi, string message)
    {
        var refused = Assert.ThrowsAny<ArgumentException>(() => RandomEffectsMetaAnalysis.Fit(yi, vi));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidence_level_outside_0_to_1_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RandomEffectsMetaAnalysis.Fit([0.1, 0.2], [0.1, 0.1], new MetaAnalysisOptions(ConfidenceLevel: 95)));

    /// <summary>Fits every dataset with each method, compares with metafor, and returns the fits.</summary>
    private List<MetaAnalysisResult> Check(MetaDataset[] datasets, double level, double threshold)
    {
        using var folder = new TempFolder();
        var csv = folder.File("meta.csv");
        MetaDataGenerator.WriteCsv(csv, datasets);
        var reference = MetaReference.Run(csv, Methods, level, threshold);
        Assert.Equal(datasets.Length * Methods.Length, reference.Length);

        var check = new ReferenceAssert(output);
        var fits = new List<MetaAnalysisResult>();
        for (var d = 0; d < datasets.Length; d++)
        {
            for (var m = 0; m < Methods.Length; m++)
            {
                var expected = reference[(d * Methods.Length) + m];
                Assert.Equal(datasets[d].Name, expected.GetProperty("dataset")[0].GetString());
                var options = new MetaAnalysisOptions(Method(Methods[m]), level, threshold);
                var fit = RandomEffectsMetaAnalysis.Fit(datasets[d].Yi, datasets[d].Vi, options);
                Compare(check, expected, fit, $"{datasets[d].Name} {Methods[m]}");
                fits.Add(fit);
            }
        }

        check.Report();
        return fits;
    }

    internal static MetaAnalysisMethod Method(string metafor) => metafor switch
    {
        "REML" => MetaAnalysisMethod.Reml,
        "DL" => MetaAnalysisMethod.DerSimonianLaird,
        "EE" or "FE" => MetaAnalysisMethod.CommonEffect,
        _ => throw new ArgumentOutOfRangeException(nameof(metafor), metafor, "Not a method under test."),
    };

    internal static void Compare(ReferenceAssert check, JsonElement expected, MetaAnalysisResult fit, string where)
    {
        Assert.Equal(expected.GetProperty("k")[0].GetDouble(), fit.N);
        check.Close("rma.b", expected.GetProperty("b")[0], fit.Estimate, where);
        check.Close("rma.se", expected.GetProperty("se")[0], fit.StandardError, where);
        check.AllClose("rma.ci", expected.GetProperty("ci"), [fit.Interval.Lower, fit.Interval.Upper], where);
        check.Close("rma.zval", expected.GetProperty("z")[0], fit.Z, where);
        check.Close("rma.pval", expected.GetProperty("p")[0], fit.PValue, where);
        check.Close("rma.tau2", expected.GetProperty("tau2")[0], fit.Tau2, where);
        check.Close("rma.se.tau2", expected.GetProperty("se_tau2")[0], fit.Tau2StandardError, where);
        check.Close("rma.vt", expected.GetProperty("vt")[0], fit.TypicalVariance, where);
        var expectedTau2 = ReferenceAssert.ToDouble(expected.GetProperty("tau2")[0]);
        if (expectedTau2 is > 0 and < ReferenceAssert.NearZero)
        {
            // REML crawled down to just above τ² = 0 by halved steps; the last digits of such a τ² are the rounding left
            // from its first steps (about 1e-16 of the starting τ²), on either side. I² = 100·τ²/(vt + τ²) inherits them,
            // so it is compared on τ²'s own scale, as I²·vt/100 (= τ² to first order), absolutely like any figure near 0.
            check.Close("rma.I2 (τ² at its bound, as I²·vt/100)", ReferenceAssert.ToDouble(expected.GetProperty("i2")[0]) * fit.TypicalVariance / 100, fit.I2 * fit.TypicalVariance / 100, where);
        }
        else
        {
            check.Close("rma.I2", expected.GetProperty("i2")[0], fit.I2, where);
        }

        check.Close("rma.H2", expected.GetProperty("h2")[0], fit.H2, where);
        check.Close("rma.QE", expected.GetProperty("q")[0], fit.Q.Statistic, where);
        check.Close("rma.QEp", expected.GetProperty("qp")[0], fit.Q.PValue, where);
        Assert.Equal(fit.N - 1, fit.Q.DegreesOfFreedom);
        check.Close("predict.pred", expected.GetProperty("pred")[0], fit.Estimate, where);
        check.AllClose("predict.pi", expected.GetProperty("pi"), [fit.PredictionInterval.Lower, fit.PredictionInterval.Upper], where);
        check.AllClose("weights", expected.GetProperty("weights"), fit.Weights, where);
        check.AllClose("predict.transf.ilogit", expected.GetProperty("ilogit"), Flatten(BackTransform.ToProportion(fit)), where);
        check.AllClose("predict.transf.exp", expected.GetProperty("exp"), Flatten(BackTransform.ToRatio(fit)), where);
        var warnings = expected.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        Assert.Equal(
            warnings.Any(w => w.Contains("local maximum", StringComparison.Ordinal)),
            fit.Warnings.Any(w => w.Message.Contains("local maximum", StringComparison.Ordinal)));
    }

    private static double[] Flatten(BackTransformedEstimate e) =>
        [e.Estimate, e.Interval.Lower, e.Interval.Upper, e.PredictionInterval.Lower, e.PredictionInterval.Upper];
}
