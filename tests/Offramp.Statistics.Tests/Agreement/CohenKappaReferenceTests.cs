using Offramp.Statistics.Agreement;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class CohenKappaReferenceTests(AgreementReferenceFixture fixture, ITestOutputHelper output)
    : IClassFixture<AgreementReferenceFixture>
{
    private static readonly string[] WeightingKeys = ["unweighted", "linear", "quadratic"];

    [Fact]
    public void Kappa_in_all_three_weightings_matches_scikit_learn()
    {
        var sklearn = new ReferenceComparison(output, "scikit-learn cohen_kappa_score");
        foreach (var (design, kappas, reference) in TwoRaterDesigns())
        {
            foreach (var kappa in kappas)
            {
                var expected = reference.GetProperty(Key(kappa)).GetProperty("sklearn").GetDouble();
                sklearn.Check($"{Key(kappa)} kappa", design.Name, expected, kappa.Kappa);
            }
        }

        sklearn.AssertAll();
    }

    [Fact]
    public void Standard_errors_test_and_interval_match_statsmodels()
    {
        var statsmodels = new ReferenceComparison(output, "statsmodels cohens_kappa");
        foreach (var (design, kappas, reference) in TwoRaterDesigns())
        {
            foreach (var kappa in kappas)
            {
                var key = Key(kappa);
                var expected = reference.GetProperty(key);
                statsmodels.Check($"{key} kappa", design.Name, expected.GetProperty("kappa").GetDouble(), kappa.Kappa);
                statsmodels.Check($"{key} SE", design.Name, expected.GetProperty("std_kappa").GetDouble(), kappa.StandardError);
                statsmodels.Check($"{key} SE under null", design.Name, expected.GetProperty("std_kappa0").GetDouble(), kappa.StandardErrorUnderNull);
                statsmodels.Check($"{key} z", design.Name, expected.GetProperty("z_value").GetDouble(), kappa.Z);
                statsmodels.CheckProbability($"{key} p (two-sided)", design.Name, expected.GetProperty("pvalue_two_sided").GetDouble(), kappa.PValue);
                statsmodels.Check($"{key} 95% lower", design.Name, expected.GetProperty("kappa_low").GetDouble(), kappa.Interval.Lower);
                statsmodels.Check($"{key} 95% upper", design.Name, expected.GetProperty("kappa_upp").GetDouble(), kappa.Interval.Upper);
            }
        }

        statsmodels.AssertAll();
    }

    private static string Key(KappaResult kappa) => WeightingKeys[(int)kappa.Weighting];

    private IEnumerable<(RatingDesign Design, IReadOnlyList<KappaResult> Kappas, System.Text.Json.JsonElement Reference)> TwoRaterDesigns()
    {
        var designs = AgreementDesigns.All.Where(d => d.RaterCount == 2).ToList();
        Assert.True(designs.Count >= 5, "The two-rater designs went missing.");
        foreach (var design in designs)
        {
            var report = AgreementAnalysis.Analyze(design.ToMatrix());

            // Every two-rater design here has an ordered scale, so all three weightings must be there.
            Assert.Equal([KappaWeighting.Unweighted, KappaWeighting.Linear, KappaWeighting.Quadratic], report.CohenKappa.Select(k => k.Weighting));
            Assert.Null(report.FleissKappa);
            yield return (design, report.CohenKappa, fixture.Python[design.Name].GetProperty("cohen"));
        }
    }
}
