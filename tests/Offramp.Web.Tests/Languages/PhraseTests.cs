using System.Text.Json;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Stages;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A phrase keeps what a translation needs (the English template, its values) and reads as the English it replaced:
/// in the API's JSON, in logs and in the CLI.
/// </summary>
public sealed class PhraseTests
{
    [Fact]
    public void An_interpolated_phrase_keeps_its_template_and_values_and_reads_as_english()
    {
        var on = new DateOnly(2026, 3, 1);
        var phrase = Phrase.Of($"The record is {Stage.Closed} since {on:yyyy-MM-dd}; {Role.ProgramDirector} decides ({12480:N0} {{sic}}).");

        Assert.Equal("The record is {0} since {1:yyyy-MM-dd}; {2} decides ({3:N0} {{sic}}).", phrase.Template);
        Assert.Equal([Stage.Closed, on, Role.ProgramDirector, 12480], phrase.Values);
        Assert.Equal("The record is closed since 2026-03-01; ProgramDirector decides (12,480 {sic}).", phrase.ToString());
    }

    [Fact]
    public void A_phrase_travels_as_its_english_text_and_a_name_stays_as_given()
    {
        var phrase = Phrase.Of($"The program already has a metric named '{Phrase.Verbatim("Emploi {à} 12 mois")}'.");

        var json = JsonSerializer.Serialize(new { detail = phrase });

        Assert.Equal("""{"detail":"The program already has a metric named \u0027Emploi {\u00E0} 12 mois\u0027."}""", json);
        Assert.Equal(phrase.ToString(), JsonSerializer.Deserialize<Dictionary<string, Phrase>>(json)!["detail"].ToString());
    }
}
