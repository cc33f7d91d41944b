using System.Globalization;
using System.Text;
using System.Text.Json;

using Offramp.Statistics.Meta;
using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Meta;

/// <summary>Effect sizes against metafor's escalc (PLO, RD) and the log hazard ratio against R's arithmetic, to 1e-9.</summary>
public sealed class EffectSizeReferenceTests(ITestOutputHelper output)
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        suppressMessages(library(metafor))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1])
        add <- as.numeric(args[2])
        plo <- escalc("PLO", xi = x1, ni = n1, data = d, add = add)
        rd <- escalc("RD", ai = x1, n1i = n1, ci = x2, n2i = n2, data = d, add = add)
        level <- as.numeric(args[3])
        se <- (log(d$ub) - log(d$lb)) / (2 * qnorm((1 - level) / 2, lower.tail = FALSE))
        cat(obj(list(plo_yi = num(plo$yi), plo_vi = num(plo$vi), rd_yi = num(rd$yi), rd_vi = num(rd$vi),
                     hr_yi = num(log(d$hr)), hr_vi = num(se^2), ilogit = num(transf.ilogit(plo$yi)))))
        """;

    [Theory]
    [InlineData(1, 0.5, 0.95)]
    [InlineData(2, 0.5, 0.90)]
    [InlineData(3, 0.25, 0.95)]
    public void Effect_sizes_match_escalc(int seed, double add, double level)
    {
        var (x1, n1, x2, n2, hr, lower, upper) = Studies(seed, 80);
        using var folder = new TempFolder();
        var csv = folder.File("studies.csv");
        var text = new StringBuilder("x1,n1,x2,n2,hr,lb,ub\n");
        for (var i = 0; i < x1.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{x1[i]},{n1[i]},{x2[i]},{n2[i]},{hr[i]:R},{lower[i]:R},{upper[i]:R}\n");
        }

        File.WriteAllText(csv, text.ToString());
        var reference = ExternalTool.RunRJson(Script, csv, add.ToString("R", CultureInfo.InvariantCulture), level.ToString("R", CultureInfo.InvariantCulture));

        var plo = x1.Select((x, i) => EffectSizes.LogitProportion(x, n1[i], add)).ToArray();
        var rd = x1.Select((x, i) => EffectSizes.RiskDifference(x, n1[i], x2[i], n2[i], add)).ToArray();
        var logHr = hr.Select((h, i) => EffectSizes.LogHazardRatio(h, lower[i], upper[i], level)).ToArray();

        var check = new ReferenceAssert(output);
        check.AllClose("escalc.PLO.yi", reference.GetProperty("plo_yi"), plo.Select(e => e.Yi).ToArray());
        check.AllClose("escalc.PLO.vi", reference.GetProperty("plo_vi"), plo.Select(e => e.Vi).ToArray());
        check.AllClose("escalc.RD.yi", reference.GetProperty("rd_yi"), rd.Select(e => e.Yi).ToArray());
        check.AllClose("escalc.RD.vi", reference.GetProperty("rd_vi"), rd.Select(e => e.Vi).ToArray());
        check.AllClose("logHR.yi", reference.GetProperty("hr_yi"), logHr.Select(e => e.Yi).ToArray());
        check.AllClose("logHR.vi", reference.GetProperty("hr_vi"), logHr.Select(e => e.Vi).ToArray());
        check.AllClose("transf.ilogit", reference.GetProperty("ilogit"), plo.Select(e => BackTransform.InverseLogit(e.Yi)).ToArray());
        check.Report();

        // The generated studies include the cases the continuity correction is for.
        Assert.Contains(x1, x => x == 0);
        Assert.Contains(x1.Zip(n1), pair => pair.First == pair.Second);
        Assert.Contains(x2, x => x == 0);
    }

    [Fact]
    public void Proportions_pooled_on_the_logit_scale_come_back_as_proportions()
    {
        var (x, n, _, _, _, _, _) = Studies(4, 12);
        var sizes = x.Select((events, i) => EffectSizes.LogitProportion(events, n[i])).ToArray();

        var fit = RandomEffectsMetaAnalysis.Fit(sizes.Select(s => s.Yi).ToArray(), sizes.Select(s => s.Vi).ToArray());
        var pooled = BackTransform.ToProportion(fit);

        Assert.InRange(pooled.Estimate, 0, 1);
        Assert.True(pooled.PredictionInterval.Lower <= pooled.Interval.Lower && pooled.Interval.Lower < pooled.Estimate);
        Assert.True(pooled.Estimate < pooled.Interval.Upper && pooled.Interval.Upper <= pooled.PredictionInterval.Upper);
        Assert.Equal(0.5, BackTransform.InverseLogit(0));
    }

    [Fact]
    public void A_hazard_ratio_of_0_8_with_interval_0_64_to_1_gives_its_log_and_variance()
    {
        var size = EffectSizes.LogHazardRatio(0.8, 0.64, 1.0);

        Assert.Equal(Math.Log(0.8), size.Yi, 15);
        Assert.Equal(-Math.Log(0.64) / (2 * 1.959963984540054), size.StandardError, 14);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    public void Impossible_counts_are_refused(int events, int total)
    {
        Assert.Throws<ArgumentException>(() => EffectSizes.LogitProportion(events, total));
        Assert.Throws<ArgumentException>(() => EffectSizes.RiskDifference(events, total, 1, 10));
        Assert.Throws<ArgumentException>(() => EffectSizes.RiskDifference(1, 10, events, total));
    }

    [Fact]
    public void A_proportion_of_zero_without_continuity_correction_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => EffectSizes.LogitProportion(0, 20, continuityCorrection: 0));
        Assert.Contains("A proportion of 0 in 20 has no log odds", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.8, 0.9, 1.2, "outside its interval")]
    [InlineData(0.8, 0, 1.2, "0 < lower < upper")]
    [InlineData(0.8, 1.2, 0.6, "0 < lower < upper")]
    [InlineData(double.NaN, 0.6, 1.2, "outside its interval")]
    public void An_impossible_hazard_ratio_interval_is_refused(double hazardRatio, double lower, double upper, string message)
    {
        var refused = Assert.Throws<ArgumentException>(() => EffectSizes.LogHazardRatio(hazardRatio, lower, upper));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Two-group studies with event counts from none to all, and hazard ratios with 95% intervals.</summary>
    private static (int[] X1, int[] N1, int[] X2, int[] N2, double[] Hr, double[] Lower, double[] Upper) Studies(int seed, int count)
    {
        var random = new Random(seed);
        var x1 = new int[count];
        var n1 = new int[count];
        var x2 = new int[count];
        var n2 = new int[count];
        var hr = new double[count];
        var lower = new double[count];
        var upper = new double[count];
        for (var i = 0; i < count; i++)
        {
            n1[i] = 1 + random.Next(300);
            n2[i] = 1 + random.Next(300);
            x1[i] = (i % 10) switch { 0 => 0, 1 => n1[i], _ => random.Next(n1[i] + 1) };
            x2[i] = (i % 7) switch { 0 => 0, 1 => n2[i], _ => random.Next(n2[i] + 1) };
            hr[i] = Math.Exp((random.NextDouble() * 2) - 1);
            var halfWidth = 0.05 + random.NextDouble();
            lower[i] = hr[i] * Math.Exp(-halfWidth);
            upper[i] = hr[i] * Math.Exp(halfWidth);
        }

        return (x1, n1, x2, n2, hr, lower, upper);
    }
}
