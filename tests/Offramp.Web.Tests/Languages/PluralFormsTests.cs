using System.Globalization;
using System.Net;

using Offramp.Reports;
using Offramp.Reports.Plurals;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// Counted words take the form their number needs: "1 participant" and "2 participants" in English and French, and
/// Arabic's six forms ("مشارك واحد", "مشاركان", "3 مشاركين", "11 مشاركًا", "100 مشارك"). The rules are checked against
/// CLDR as Babel (python3-babel, installed by the test command) reads it; the texts through the caseload page.
/// Before, every count read in its plural ("1 participants", "1 ans") and Arabic avoided counting altogether.
/// </summary>
public sealed class PluralFormsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static readonly decimal[] Fractions = [0.5m, 1.0m, 1.5m, 2.5m, 3.25m, 10.5m, 100.5m];

    [Fact]
    public async Task The_rules_give_the_category_cldr_gives_for_every_number_tried()
    {
        var numbers = Enumerable.Range(0, 1201).Select(n => (decimal)n).Concat([1_000_000m, 2_000_000m, 1_000_001m, 3_000_003m]).Concat(Fractions).ToList();
        var script = """
            import sys
            from decimal import Decimal
            from babel import Locale
            for language in ["en", "fr", "ar"]:
                locale = Locale.parse(language)
                for text in sys.argv[1:]:
                    print(language, text, locale.plural_form(Decimal(text) if "." in text else int(text)))
            """;
        var output = await ExternalProcess.RunAsync("/usr/bin/python3",
            ["-c", script, .. numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))], TimeSpan.FromMinutes(1));

        var cldr = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.Equal(3 * numbers.Count, cldr.Count);
        var differences = cldr
            .Where(l => !string.Equals(PluralRules.For(l[0], decimal.Parse(l[1], CultureInfo.InvariantCulture)).ToString(), l[2], StringComparison.OrdinalIgnoreCase))
            .Select(l => $"{l[0]} {l[1]}: CLDR {l[2]}, ours {PluralRules.For(l[0], decimal.Parse(l[1], CultureInfo.InvariantCulture))}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join("; ", differences.Take(10)));
        // Arabic's six categories all occur among these numbers, so a rule that never fired would have shown above.
        Assert.Equal(6, cldr.Where(l => l[0] == "ar").Select(l => l[2]).Distinct().Count());
    }

    [Theory]
    [InlineData("en", 1, "1 month")]
    [InlineData("en", 0, "0 months")]
    [InlineData("en", 2000, "2,000 months")]
    [InlineData("fr", 0, "0 mois restant")]
    [InlineData("fr", 2000, "2\u202F000 mois restants")]
    [InlineData("ar", 2, "شهران")]
    [InlineData("ar", 5, "5 أشهر")]
    [InlineData("ar", 11, "11 شهرًا")]
    [InlineData("ar", 102, "102 شهر")]
    public void A_text_takes_the_form_its_number_needs_with_the_number_written_the_readers_way(string language, int count, string expected)
    {
        var text = language switch
        {
            "en" => "{0, plural, one {# month} other {# months}}",
            "fr" => "{0, plural, one {# mois restant} other {# mois restants}}",
            _ => "{0, plural, zero {# شهر} one {شهر واحد} two {شهران} few {# أشهر} many {# شهرًا} other {# شهر}}",
        };
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            var chosen = PluralForms.Choose(text, [count], language);
            Assert.Equal(expected, string.Format(Sentences.NumberFormat, chosen, count));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Exact_matches_go_first_other_holes_stay_and_texts_without_forms_are_untouched()
    {
        const string text = "{1}: {0, plural, =0 {none yet} one {# bundle} other {# bundles}} in {2, plural, one {# program} other {# programs}}";
        Assert.Equal("{1}: none yet in {2:N0} program", PluralForms.Choose(text, [0, "Hub", 1], "en"));
        Assert.Equal("{1}: {0:N0} bundle in {2:N0} programs", PluralForms.Choose(text, [1, "Hub", 3], "en"));
        Assert.Equal(["0: =0 one other", "2: one other"], PluralForms.Arguments(text).Select(a => $"{a.Hole}: {string.Join(' ', a.Selectors)}"));
        Assert.Equal("{0} participants", PluralForms.Choose("{0} participants", [1], "en"));
        // A fraction is not grouped as a whole number and takes "other" in English.
        Assert.Equal("{0} months", PluralForms.Choose("{0, plural, one {# month} other {# months}}", [1.5], "en"));
        // A form list without "other" is not a plural argument: the text is left as written rather than guessed at.
        Assert.Equal("{0, plural, one {# month}}", PluralForms.Choose("{0, plural, one {# month}}", [1], "en"));
    }

    [Theory]
    [BothProviders]
    public async Task The_caseload_counts_its_participants_with_the_form_each_language_needs(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        Assert.Contains("No participants in your caseload yet.", await HomeAsync(caseworker, "en"), StringComparison.Ordinal);

        var expected = new Dictionary<int, (string En, string Fr, string Ar)>
        {
            [1] = ("1 participant<", "1 participant<", "مشارك واحد<"),
            [2] = ("2 participants<", "2 participants<", "مشاركان<"),
            [3] = ("3 participants<", "3 participants<", "3 مشاركين<"),
        };
        foreach (var (count, (en, fr, ar)) in expected)
        {
            await world.RegisterParticipantAsync(Persona.CaseworkerA);
            Assert.Contains(en, await HomeAsync(caseworker, "en"), StringComparison.Ordinal);
            Assert.Contains(fr, await HomeAsync(caseworker, "fr"), StringComparison.Ordinal);
            Assert.Contains(ar, await HomeAsync(caseworker, "ar"), StringComparison.Ordinal);
        }

        await HomeAsync(caseworker, "en");
    }

    private static async Task<string> HomeAsync(PageSession session, string language)
    {
        await session.ChooseLanguageAsync(language);
        var (status, html) = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        return html;
    }
}
