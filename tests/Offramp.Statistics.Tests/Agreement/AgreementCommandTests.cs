using System.Text.Json;

using Xunit.Abstractions;

namespace Offramp.Statistics.Tests.Agreement;

public sealed class AgreementCommandTests(AgreementReferenceFixture fixture, ITestOutputHelper output)
    : IClassFixture<AgreementReferenceFixture>
{
    private static readonly string[] Weightings = ["unweighted", "linear", "quadratic"];

    [Fact]
    public void Json_for_two_raters_matches_scikit_learn_statsmodels_and_psych()
    {
        const string design = "numeric-two-raters";
        var json = RunJson(design);
        var python = fixture.Python[design];
        var reference = new ReferenceComparison(output, "references, via the CLI's JSON");
        var kappas = json.GetProperty("cohenKappa").EnumerateArray().ToList();
        Assert.Equal(Weightings, kappas.Select(k => k.GetProperty("weighting").GetString()));
        foreach (var kappa in kappas)
        {
            var expected = python.GetProperty("cohen").GetProperty(kappa.GetProperty("weighting").GetString()!);
            reference.Check("Cohen kappa (sklearn)", design, expected.GetProperty("sklearn").GetDouble(), kappa.GetProperty("kappa").GetDouble());
            reference.Check("Cohen SE", design, expected.GetProperty("std_kappa").GetDouble(), kappa.GetProperty("standardError").GetDouble());
            reference.Check("Cohen SE under null", design, expected.GetProperty("std_kappa0").GetDouble(), kappa.GetProperty("standardErrorUnderNull").GetDouble());
            reference.CheckProbability("Cohen p", design, expected.GetProperty("pvalue_two_sided").GetDouble(), kappa.GetProperty("pValue").GetDouble());
            reference.Check("Cohen lower", design, expected.GetProperty("kappa_low").GetDouble(), kappa.GetProperty("lower").GetDouble());
            reference.Check("Cohen upper", design, expected.GetProperty("kappa_upp").GetDouble(), kappa.GetProperty("upper").GetDouble());
        }

        Assert.Equal(JsonValueKind.Null, json.GetProperty("fleissKappa").ValueKind);
        CheckIcc(reference, design, json);
        reference.Check("percent agreement", design, python.GetProperty("percent").GetDouble(), json.GetProperty("percentAgreement").GetProperty("percent").GetDouble());
        reference.AssertAll();
    }

    [Fact]
    public void Json_for_three_raters_with_gaps_reports_exclusions_fleiss_and_icc()
    {
        const string design = "numeric-three-raters-gaps";
        var json = RunJson(design);
        var python = fixture.Python[design];
        var reference = new ReferenceComparison(output, "references, via the CLI's JSON");
        var completeness = json.GetProperty("completeness");
        reference.Check("blank", design, python.GetProperty("blank").GetInt64(), completeness.GetProperty("excludedMissing").GetInt64());
        reference.Check("unknown", design, python.GetProperty("unknown").GetInt64(), completeness.GetProperty("excludedUnknown").GetInt64());
        reference.Check("not rated", design, python.GetProperty("not_rated").GetInt64(), completeness.GetProperty("notRated").GetInt64());
        reference.Check("complete", design, python.GetProperty("complete").GetInt64(), completeness.GetProperty("completeSubjects").GetInt64());
        Assert.Empty(json.GetProperty("cohenKappa").EnumerateArray());
        var fleiss = json.GetProperty("fleissKappa");
        reference.Check("Fleiss kappa", design, python.GetProperty("fleiss").GetProperty("kappa").GetDouble(), fleiss.GetProperty("kappa").GetDouble());
        reference.Check("Fleiss SE under null", design, python.GetProperty("fleiss").GetProperty("se0").GetDouble(), fleiss.GetProperty("standardErrorUnderNull").GetDouble());
        CheckIcc(reference, design, json);
        Assert.Contains(json.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("were left out", StringComparison.Ordinal));
        reference.AssertAll();
    }

    [Fact]
    public void Text_levels_given_on_the_command_line_order_the_scale_for_weighted_kappa()
    {
        const string design = "two-raters-text-levels";
        var run = CommandRun.Agreement([.. CommandRun.DesignArguments(fixture.CsvPaths[design]), "--levels", string.Join(',', AgreementDesigns.Presence), "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(AgreementDesigns.Presence, json.GetProperty("scale").GetProperty("levels").EnumerateArray().Select(l => l.GetString()));
        var quadratic = json.GetProperty("cohenKappa")[2];
        var expected = fixture.Python[design].GetProperty("cohen").GetProperty("quadratic").GetProperty("sklearn").GetDouble();
        Assert.Equal(expected, quadratic.GetProperty("kappa").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("icc").ValueKind);
    }

    [Fact]
    public void Text_ratings_without_levels_get_unweighted_kappa_and_a_note_saying_why()
    {
        var run = CommandRun.Agreement([.. CommandRun.DesignArguments(fixture.CsvPaths["two-raters-text-levels"]), "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(["unweighted"], json.GetProperty("cohenKappa").EnumerateArray().Select(k => k.GetProperty("weighting").GetString()));
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("Weighted kappa needs the order", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_output_shows_every_statistic_and_the_small_number_warning()
    {
        var run = CommandRun.Agreement(CommandRun.DesignArguments(fixture.CsvPaths["numeric-five-raters-small"]));
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var expected in new[] { "people analysed", "percent agreement", "Fleiss' kappa", "ICC1", "ICC2k", "ICC3k", "consistency, these raters only", "Only 8 people were rated by every rater" })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Conf_level_sets_every_interval()
    {
        var run = CommandRun.Agreement([.. CommandRun.DesignArguments(fixture.CsvPaths["numeric-two-raters"]), "--conf-level", "0.9", "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(0.9, json.GetProperty("confidenceLevel").GetDouble());
        var kappa = json.GetProperty("cohenKappa")[0];
        var halfWidth = 1.6448536269514722 * kappa.GetProperty("standardError").GetDouble();
        Assert.Equal(kappa.GetProperty("kappa").GetDouble() - halfWidth, kappa.GetProperty("lower").GetDouble(), 12);
        Assert.All(json.GetProperty("icc").GetProperty("estimates").EnumerateArray(), e => Assert.Equal(0.9, e.GetProperty("confidenceLevel").GetDouble()));
    }

    private JsonElement RunJson(string design)
    {
        var run = CommandRun.Agreement([.. CommandRun.DesignArguments(fixture.CsvPaths[design]), "--json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    private void CheckIcc(ReferenceComparison reference, string design, JsonElement json)
    {
        var psych = fixture.R[design];
        var estimates = json.GetProperty("icc").GetProperty("estimates").EnumerateArray().ToList();
        Assert.Equal(["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"], estimates.Select(e => e.GetProperty("type").GetString()));
        for (var row = 0; row < 6; row++)
        {
            foreach (var column in new[] { "icc", "f", "df1", "df2", "lower", "upper" })
            {
                reference.Check($"ICC {column}", design, psych.GetProperty(column)[row].GetDouble(), estimates[row].GetProperty(column).GetDouble());
            }

            reference.CheckProbability("ICC p", design, psych.GetProperty("p")[row].GetDouble(), estimates[row].GetProperty("p").GetDouble());
        }
    }
}
