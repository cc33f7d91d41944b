using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;
using Offramp.Core.Stages;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// A refusal that names something (a metric, a date, a stage) reaches a form in the reader's language with the value in
/// it, a coded value as its word in that language; the API keeps answering in English. Before phrases, such messages
/// were built as English strings and no page could translate them ("The record is Closed: no new case data…").
/// </summary>
public sealed class FormMessageLanguagesTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_refusal_with_a_name_in_it_reads_in_french_and_arabic_on_the_page_and_in_english_from_the_api(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync($"Messages {Guid.NewGuid():N}");
        var name = $"Employed {Guid.NewGuid():N}";
        var command = EvaluationCalls.EmployedAt12Months();
        command.Name = name;
        await world.DefineAsync(program, command);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);
        var page = $"/Evaluation/Metrics?programId={program}";

        foreach (var language in new[] { "fr", "ar" })
        {
            await evaluator.ChooseLanguageAsync(language);
            var refused = WebUtility.HtmlDecode(await PageSession.HtmlAsync(await evaluator.PostAsync(page, new()
            {
                ["Input.Name"] = name,
                ["Input.Kind"] = nameof(MetricKind.PositiveOutcome),
                ["Input.OutcomeTypes"] = nameof(OutcomeType.Employment),
                ["Input.HorizonMonths"] = "12",
            }, handler: "Define")));

            var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture,
                TranslationFiles.Text("src/Offramp.Reports/Resources/ReportText.resx", language, "The program already has a metric named '{0}'."), name);
            Assert.Contains(expected, refused, StringComparison.Ordinal);
            Assert.DoesNotContain("The program already has a metric named", refused, StringComparison.Ordinal);
        }

        await evaluator.ChooseLanguageAsync("en");
        Assert.Equal(1, await world.DbAsync(db => db.Set<MetricDefinition>().CountAsync(m => m.ProgramId == program)));

        var api = await world.Client(Persona.Evaluator).SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evaluation/metrics", command);
        var problem = await ProblemJson.ReadAsync(api, HttpStatusCode.Conflict);
        Assert.Equal($"The program already has a metric named '{name}'.", problem.Detail);
    }

    [Theory]
    [BothProviders]
    public async Task A_stage_in_a_refusal_reads_as_the_readers_word_in_lower_case_mid_sentence(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync();
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        var closed = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/stage",
            new ChangeStageCommand { ToStage = Stage.Closed, EffectiveOn = TestWorld.Today, Reason = "Completed." }, await world.VersionOfAsync(participant.Id));
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);

        var session = await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/sessions", TestWorld.NewSession());
        var problem = await ProblemJson.ReadAsync(session, HttpStatusCode.Conflict);
        Assert.Equal("The record is closed: no new case data can be recorded.", problem.Detail);
    }
}
