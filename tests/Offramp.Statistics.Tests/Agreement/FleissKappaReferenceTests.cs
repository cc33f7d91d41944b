using Offramp.Statistics.Agreement;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class FleissKappaReferenceTests(AgreementReferenceFixture fixture, ITestOutputHelper output)
    : IClassFixture<AgreementReferenceFixture>
{
    [Fact]
    public void Fleiss_kappa_matches_statsmodels_and_its_test_matches_Fleiss_Nee_Landis()
    {
        var statsmodels = new ReferenceComparison(output, "statsmodels fleiss_kappa");
        var formula = new ReferenceComparison(output, "Fleiss, Nee & Landis (1979) in numpy");
        var designs = AgreementDesigns.All.Where(d => d.RaterCount >= 3).ToList();
        Assert.Contains(designs, d => d.RaterCount == 3);
        Assert.Contains(designs, d => d.RaterCount == 5);
        foreach (var design in designs)
        {
            var report = AgreementAnalysis.Analyze(design.ToMatrix());
            Assert.Empty(report.CohenKappa);
            var fleiss = Assert.IsType<FleissKappaResult>(report.FleissKappa);
            var expected = fixture.Python[design.Name].GetProperty("fleiss");
            statsmodels.Check("Fleiss kappa", design.Name, expected.GetProperty("kappa").GetDouble(), fleiss.Kappa);
            formula.Check("Fleiss SE under null", design.Name, expected.GetProperty("se0").GetDouble(), fleiss.StandardErrorUnderNull);
            formula.Check("Fleiss z", design.Name, expected.GetProperty("z").GetDouble(), fleiss.Z);
            formula.CheckProbability("Fleiss p (two-sided)", design.Name, expected.GetProperty("p").GetDouble(), fleiss.PValue);
            Assert.Equal(design.RaterCount, fleiss.RaterCount);
        }

        statsmodels.AssertAll();
        formula.AssertAll();
    }
}
