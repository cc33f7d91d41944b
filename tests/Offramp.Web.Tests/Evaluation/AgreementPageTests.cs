using System.Globalization;
using System.Text.RegularExpressions;

using Offramp.Statistics.Agreement;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The agreement page shows the figures the statistics library (and so `offramp analyze agreement`) computes from the
/// same ratings: here the ratings the test submitted, given to the library as the CLI reads a long CSV of numeric
/// levels, and compared at full precision. No rater or participant is named.
/// </summary>
public sealed partial class AgreementPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly string[] Levels = ["absent", "partly", "present"];

    [Theory]
    [BothProviders]
    public async Task The_page_shows_the_librarys_kappas_and_iccs_for_two_raters(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        var participant = await world.AssessedCaseAsync();
        var expected = new RatingMatrixBuilder(new RatingMatrixOptions { Levels = ["0", "1", "2"] });
        for (var a = 0; a < 3; a++)
        {
            var assessment = await world.OpenAssessmentAsync(participant.ParticipantId, instrument, daysAgo: 30 - a);
            var first = new Dictionary<string, string>();
            var second = new Dictionary<string, string>();
            for (var j = 0; j < TestWorld.OpenInstrumentItems.Count; j++)
            {
                var item = TestWorld.OpenInstrumentItems[j];
                var (one, two) = ((a + j) % 3, (a + j + (j % 4 == 0 ? 1 : 0) + (j % 7 == 0 ? 1 : 0)) % 3);
                (first[item], second[item]) = (Levels[one], Levels[two]);
                expected.Add($"{a}/{item}", "first", one.ToString(CultureInfo.InvariantCulture));
                expected.Add($"{a}/{item}", "second", two.ToString(CultureInfo.InvariantCulture));
            }

            await world.RateAsync(participant.ParticipantId, assessment, Persona.Psychologist, TestWorld.Ratings(overrides: first));
            await world.RateAsync(participant.ParticipantId, assessment, Persona.FaithCounsellor, TestWorld.Ratings(overrides: second));
        }

        var report = AgreementAnalysis.Analyze(expected.Build());
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var html = await evaluator.GetPageAsync($"/Evaluation/Agreement?programId={world.ProgramId}");

        Assert.Equal(3, report.CohenKappa.Count);
        foreach (var kappa in report.CohenKappa)
        {
            var row = FirstRow(html, $"cohen-{kappa.Weighting.ToString().ToLowerInvariant()}");
            Assert.Contains($"data-value=\"{Full(kappa.Kappa)}\"", row, StringComparison.Ordinal);
            Assert.Contains($"data-lower=\"{Full(kappa.Interval.Lower)}\" data-upper=\"{Full(kappa.Interval.Upper)}\"", row, StringComparison.Ordinal);
        }

        var icc = Assert.IsType<IccResult>(report.Icc);
        foreach (var estimate in icc.Estimates)
        {
            var row = FirstRow(html, estimate.Name);
            Assert.Contains($"data-value=\"{Full(estimate.Value)}\"", row, StringComparison.Ordinal);
            Assert.Contains($"data-lower=\"{Full(estimate.Interval.Lower)}\" data-upper=\"{Full(estimate.Interval.Upper)}\"", row, StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"complete-subjects\">51<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"assessments\">3<", html, StringComparison.Ordinal);
        Assert.Contains("Landis and Koch", html, StringComparison.Ordinal);
        foreach (var identity in new[] { participant.Code, participant.ParticipantId.ToString(), "Psychologist", "FaithCounsellor", world.Account(Persona.Psychologist).Email })
        {
            Assert.DoesNotContain(identity, html, StringComparison.Ordinal);
        }
    }

    /// <summary>The first table row of a statistic: the instrument's pooled figures come before its domains'.</summary>
    private static string FirstRow(string html, string statistic)
    {
        var row = Row().Matches(html).FirstOrDefault(m => m.Groups[1].Value == statistic);
        Assert.True(row is not null, $"the page has no row for {statistic}");
        return row.Value;
    }

    private static string Full(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr data-statistic=\"([^\"]+)\">.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
