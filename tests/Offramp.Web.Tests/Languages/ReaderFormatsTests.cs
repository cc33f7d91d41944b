using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

using Offramp.Reports.Charts;
using Offramp.TestSupport;
using Offramp.Web.Infrastructure.Languages;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// Charts and figures follow the reader's language: a chart draws in the app's font stack (with a face that has
/// Arabic glyphs) and writes dates as the reader's language does (ISO in English, never the US "8/29/2026"); counts
/// and measures are grouped and pointed the reader's way.
/// </summary>
public sealed partial class ReaderFormatsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_trajectory_chart_uses_the_app_font_and_the_readers_dates(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument($"Chart fonts {Guid.NewGuid():N}"));
        var assessed = await world.AssessedCaseAsync();
        foreach (var daysAgo in new[] { 120, 10 })
        {
            var assessment = await world.OpenAssessmentAsync(assessed.ParticipantId, instrument, daysAgo: daysAgo);
            await world.RateAsync(assessed.ParticipantId, assessment, Persona.Psychologist);
            await world.AgreeAsync(assessed.ParticipantId, assessment);
        }

        using var psychologist = await PageSession.SignInAsync(world, Persona.Psychologist);
        var english = await ChartAsync(psychologist, assessed.ParticipantId);
        await psychologist.ChooseLanguageAsync("fr");
        var french = await ChartAsync(psychologist, assessed.ParticipantId);

        foreach (var svg in new[] { english, french })
        {
            var fonts = FontFamily().Matches(svg).Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.Equal([ChartSvg.FontStack], fonts);
            Assert.Contains("Noto Sans Arabic", svg, StringComparison.Ordinal);
            Assert.DoesNotMatch(UsDate(), svg);
        }

        Assert.Matches(IsoDate(), TextOf(english));
        Assert.DoesNotMatch(IsoDate(), TextOf(french));
        var frenchMonths = CultureInfo.GetCultureInfo("fr").DateTimeFormat.AbbreviatedMonthNames.Where(m => m.Length > 0).ToList();
        Assert.Contains(frenchMonths, month => TextOf(french).Contains(month, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", 12480.5, "12,480", "12,480.5")]
    [InlineData("fr", 12480.5, "12\u202F480", "12\u202F480,5")]
    [InlineData("ar", 12480.5, "12,480", "12,480.5")]
    public void Counts_and_measures_are_written_the_readers_way(string language, double value, string count, string measure)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var formats = new ReaderFormats();
            Assert.Equal(count, formats.Count((long)value));
            Assert.Equal(measure, formats.Number(value, "#,##0.##"));
            Assert.Equal("—", formats.Number(null, "0.##"));
            Assert.Equal("withheld", formats.Count(null, "withheld"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task<string> ChartAsync(PageSession session, Guid participantId)
    {
        var page = await session.GetPageAsync($"/Assessments/Trajectory?id={participantId}");
        var source = ChartSource().Match(page);
        Assert.True(source.Success, "the trajectory page shows no chart");
        var response = await session.GetResponseAsync(WebUtility.HtmlDecode(source.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The words drawn in the chart, without the SVG's markup.</summary>
    private static string TextOf(string svg) => WebUtility.HtmlDecode(PageSession.TextOf(svg));

    [GeneratedRegex("<img src=\"(/Assessments/Trajectory\\?handler=Chart[^\"]+)\"")]
    private static partial Regex ChartSource();

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex UsDate();
}
