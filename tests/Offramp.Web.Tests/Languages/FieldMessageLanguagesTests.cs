using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Reports;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A message Core puts beside one field of a form, with a value in it (a code that is not an option, a limit), reaches
/// a French or Arabic reader in their language with the value in place and the number written their way; the API keeps
/// its English. Before field messages were phrases, they were English strings built with the values in them, which no
/// page could translate ("\"astronaut\" is not an option of …" on a French page).
/// </summary>
public sealed class FieldMessageLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ReportText = "src/Offramp.Reports/Resources/ReportText.resx";
    private const string NotAnOption = "\"{0}\" is not an option of {1}.";

    [Theory]
    [BothProviders]
    public async Task A_code_that_is_not_an_option_is_refused_beside_its_field_in_french_and_arabic_and_in_english_from_the_api(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var participant = await world.RegisterParticipantAsync();
        var role = CodebookParser.Parse(TestWorld.ShippedCodebook().ToJsonString()).Field("role")!;
        var path = $"/Participants/Profile/{participant.Id}";
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        foreach (var language in new[] { "fr", "ar" })
        {
            await caseworker.ChooseLanguageAsync(language);
            var form = new Dictionary<string, string>
            {
                ["Input.Answers[0].Field"] = "role",
                ["Input.Answers[0].ExpectedVersion"] = "0",
                ["Input.Answers[0].Codes"] = "astronaut",
            };
            var refused = await caseworker.PostAsync(path, form);

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = WebUtility.HtmlDecode(await PageSession.HtmlAsync(refused));

            // The words around the code are the reader's; the field's label is the codebook's own text in the reader's language.
            var translated = TranslationFiles.Text(ReportText, language, NotAnOption);
            var label = CodebookParser.Parse(TestWorld.ShippedCodebook().ToJsonString()).In(language).Field("role")!.Label;
            Assert.NotEqual(role.Label, label);
            Assert.Contains(string.Format(CultureInfo.InvariantCulture, translated, "astronaut", label), html, StringComparison.Ordinal);
            Assert.DoesNotContain("is not an option of", html, StringComparison.Ordinal);
            Assert.DoesNotContain(role.Label, html, StringComparison.Ordinal);
        }

        await caseworker.ChooseLanguageAsync("en");
        Assert.False(await world.DbAsync(db => db.Set<CodedAnswer>().AnyAsync(a => a.ParticipantId == participant.Id)));

        var api = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}/coded-profile",
            new CodedProfileCommand { Answers = [new() { Field = "role", Codes = ["astronaut"] }] });
        var problem = await ProblemJson.ReadAsync(api, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([$"\"astronaut\" is not an option of {role.Label}."], problem.ErrorsFor("Answers[0].Codes"));
    }

    [Fact]
    public async Task A_limit_in_a_field_message_is_written_the_readers_way()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var problem = TextRules.Problem(new string('x', 2001), 2000)!;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            await using var scope = world.App.Services.CreateAsyncScope();
            var sentences = scope.ServiceProvider.GetRequiredService<Sentences>();
            var worded = new Dictionary<string, string>();
            foreach (var language in new[] { "en", "fr", "ar" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                worded[language] = sentences.Say(problem);
            }

            Assert.Equal("At most 2,000 characters.", worded["en"]);
            Assert.Equal(TranslationFiles.Text(ReportText, "fr", "At most {0:N0} characters.").Replace("{0:N0}", $"2{CultureInfo.GetCultureInfo("fr").NumberFormat.NumberGroupSeparator}000", StringComparison.Ordinal), worded["fr"]);
            Assert.Equal(TranslationFiles.Text(ReportText, "ar", "At most {0:N0} characters.").Replace("{0:N0}", "2,000", StringComparison.Ordinal), worded["ar"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
