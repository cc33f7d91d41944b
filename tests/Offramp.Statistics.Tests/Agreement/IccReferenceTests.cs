using System.Text.Json;

using Offramp.Statistics.Agreement;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class IccReferenceTests(AgreementReferenceFixture fixture, ITestOutputHelper output)
    : IClassFixture<AgreementReferenceFixture>
{
    [Fact]
    public void All_six_forms_match_R_psych_row_by_row()
    {
        var psych = new ReferenceComparison(output, "R psych::ICC");
        var designs = AgreementDesigns.All.Where(d => d.IsNumeric).ToList();
        Assert.True(designs.Count >= 6, "The numeric designs went missing.");
        foreach (var design in designs)
        {
            var icc = Assert.IsType<IccResult>(AgreementAnalysis.Analyze(design.ToMatrix()).Icc);
            var expected = fixture.R[design.Name];
            psych.Check("complete subjects", design.Name, expected.GetProperty("n").GetInt64(), icc.N);
            psych.Check("raters", design.Name, expected.GetProperty("k").GetInt64(), icc.RaterCount);
            CheckRows(psych, design.Name, expected, icc);
        }

        psych.AssertAll();
    }

    [Fact]
    public void Icc_on_text_ratings_is_not_given_and_the_report_says_why()
    {
        var design = AgreementDesigns.All.Single(d => d.Name == "three-raters-text");
        var report = AgreementAnalysis.Analyze(design.ToMatrix());
        Assert.Null(report.Icc);
        Assert.Contains(report.Notes, n => n.Contains("ICC needs ratings that are numbers", StringComparison.Ordinal));
    }

    private static void CheckRows(ReferenceComparison psych, string design, JsonElement expected, IccResult icc)
    {
        for (var row = 0; row < 6; row++)
        {
            var estimate = icc.Estimates[row];
            double Expected(string column) => expected.GetProperty(column)[row].GetDouble();
            psych.Check($"{estimate.Name} ICC", design, Expected("icc"), estimate.Value);
            psych.Check($"{estimate.Name} F", design, Expected("f"), estimate.F);
            psych.Check($"{estimate.Name} df1", design, Expected("df1"), estimate.Df1);
            psych.Check($"{estimate.Name} df2", design, Expected("df2"), estimate.Df2);
            psych.CheckProbability($"{estimate.Name} p", design, Expected("p"), estimate.PValue);
            psych.Check($"{estimate.Name} lower bound", design, Expected("lower"), estimate.Interval.Lower);
            psych.Check($"{estimate.Name} upper bound", design, Expected("upper"), estimate.Interval.Upper);
        }
    }
}
