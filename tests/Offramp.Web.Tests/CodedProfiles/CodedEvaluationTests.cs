using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Evaluation.Exports;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

namespace Offramp.Web.Tests.CodedProfiles;

/// <summary>Coded fields as research uses them: a report filtered and broken down by a coded field, and the research export's coded profiles.</summary>
public sealed class CodedEvaluationTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_report_filters_and_breaks_down_by_coded_fields_and_names_a_field_that_does_not_exist(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var program = await world.CreateEvaluationProgramAsync("Coded");
        await world.DefineAsync(program, EvaluationCalls.EmployedAt12Months());
        // Four employed within a year of release, four not; coded so that the doubting ones are three of the employed and one of the others.
        var employed = await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 4).Select(_ => new EvaluationCase(Outcomes: [(OutcomeType.Employment, 900)])));
        var idle = await world.AddEvaluationCasesAsync(program, Enumerable.Range(0, 4).Select(_ => new EvaluationCase()));
        var director = world.Client(Persona.Director);
        async Task CodeAsync(Guid id, string exit, params string[] push) =>
            await director.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{id}/coded-profile", new CodedProfileCommand
            {
                Answers = [new() { Field = "exit-status-at-entry", Codes = [exit] }, new() { Field = "push-factors", Codes = [.. push] }],
            }).ExpectAsync(HttpStatusCode.NoContent);
        await CodeAsync(employed[0], "doubting", "exhaustion");
        await CodeAsync(employed[1], "doubting", "exhaustion", "too-far");
        await CodeAsync(employed[2], "doubting", "too-far");
        await CodeAsync(employed[3], "engaged");
        await CodeAsync(idle[0], "doubting", "exhaustion");
        await CodeAsync(idle[1], "engaged", "too-far");
        await CodeAsync(idle[2], "engaged");

        var doubting = await world.ReportAsync(program, query: "?CodedField=exit-status-at-entry&CodedValue=doubting");
        Assert.Equal(4, doubting.CohortSize);
        var rate = doubting.Metrics.Single().Rate!;
        Assert.Equal((3L, 4), (rate.Successes, rate.N));
        Assert.Contains("coded doubting on exit-status-at-entry", doubting.CohortDescription.ToString(), StringComparison.Ordinal);

        var byPush = (await world.ReportAsync(program, query: "?BreakDownBy=push-factors")).Metrics.Single().ByCode!;
        Assert.Equal("Push factors towards leaving", byPush.Label);
        Assert.True(byPush.OverlappingOptions);
        Assert.Equal(
            [("Things went too far (violence, brutality)", 2L, 3), ("Exhaustion", 2L, 3), ("Not coded", 1L, 3)],
            byPush.Rates.Select(r => (r.Label, r.Successes, r.N)));

        var problem = await ProblemJson.ReadAsync(await world.Client(Persona.Evaluator)
            .GetAsync($"/api/v1/programs/{program}/evaluation/report?CodedField=shoe-size&CodedValue=44&BreakDownBy=star-sign"), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("\"shoe-size\" is not a field", problem.ErrorsFor("CodedField")[0], StringComparison.Ordinal);
        Assert.Contains("\"star-sign\" is not a field", problem.ErrorsFor("BreakDownBy")[0], StringComparison.Ordinal);
        var option = await ProblemJson.ReadAsync(await world.Client(Persona.Evaluator)
            .GetAsync($"/api/v1/programs/{program}/evaluation/report?CodedField=exit-status-at-entry&CodedValue=maybe"), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("doubting", option.ErrorsFor("CodedValue")[0], StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task The_research_export_carries_the_codes_of_consenting_participants_and_never_their_notes(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var program = await world.CreateEvaluationProgramAsync("Coded export");
        var name = await world.DbAsync(db => db.Programs.Where(p => p.Id == program).Select(p => p.Name).SingleAsync());
        var ids = await world.AddEvaluationCasesAsync(program, [new(), new(EvaluationConsent: false)]);
        foreach (var id in ids)
        {
            await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{id}/coded-profile", new CodedProfileCommand
            {
                Answers = [new() { Field = "role", Codes = ["fighter", "recruiter"], Note = "Recruited his younger brother" }, new() { Field = "movement", Codes = ["far-right"] }],
            }).ExpectAsync(HttpStatusCode.NoContent);
        }

        var folder = Directory.CreateTempSubdirectory("offramp-coded-export-").FullName;
        try
        {
            await using (var scope = world.App.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ExportResearchData>().ForOperatorAsync(name, new ResearchExportOptions("University C", folder, ExportFormat.Csv, DateMasking.Interval));
            }

            var rows = File.ReadAllLines(Path.Combine(folder, "coded_profile.csv"));
            Assert.Equal("pseudonym,field,code,codebook,codebook_version", rows[0]);
            var pseudonym = File.ReadAllLines(Path.Combine(folder, "participants.csv")).Skip(1).Single().Split(',')[0];
            Assert.Equal(
                [$"{pseudonym},movement,far-right,Offramp coded profile,1.0", $"{pseudonym},role,fighter,Offramp coded profile,1.0", $"{pseudonym},role,recruiter,Offramp coded profile,1.0"],
                rows.Skip(1).Order(StringComparer.Ordinal));
            var fields = File.ReadAllLines(Path.Combine(folder, "coded_fields.csv"));
            Assert.Contains("Offramp coded profile,1.0,exit-status-at-entry,Exit status at entry to the program,Entry,OneOption,doubting,Doubting", fields);
            var everything = string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText));
            Assert.DoesNotContain("brother", everything, StringComparison.Ordinal);
            Assert.Contains("coded_profile", File.ReadAllText(Path.Combine(folder, "codebook.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
