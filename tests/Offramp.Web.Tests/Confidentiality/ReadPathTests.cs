using System.Net;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Disclosure;
using Offramp.Core.Evaluation.Exports;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Safeguarding;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Confidentiality;

/// <summary>
/// Issue #6: confidentiality classes hold in every read path, not just the record. Search results, the evaluation
/// report, the research export, the audit viewer (API and page) and the participant page are each read as the persona
/// that must not see a clinical note, a restricted note or a disclosure's content, with a positive control where one
/// exists so a test fails if the text were simply never there. Texts are plain ASCII so HTML encoding cannot hide them.
/// </summary>
public sealed class ReadPathTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ClinicalNotes = "Flashbacks of the training camp discussed in depth";
    private const string RestrictedNotes = "Named a former recruiter still active in the city";
    private const string ConcernText = "Asked the mentor where to buy fertiliser in bulk";

    [Theory]
    [BothProviders]
    public async Task Search_results_carry_no_note_text_and_no_disclosure_content(DatabaseProviderKind provider)
    {
        var (world, c) = await SensitiveCaseAsync(provider);

        foreach (var reader in new[] { Persona.CaseworkerA, Persona.Director })
        {
            foreach (var term in new[] { c.Code, c.FullName })
            {
                var response = await world.Client(reader).GetAsync($"/api/v1/participants/search?q={Uri.EscapeDataString(term)}").ExpectAsync(HttpStatusCode.OK);
                var body = await response.Content.ReadAsStringAsync();
                Assert.Single(JsonSerializer.Deserialize<List<ParticipantSummary>>(body, TestJson.Options)!, s => s.Id == c.Id);
                AssertNothingConfidential(body, c);
            }
        }

        using var page = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var html = await page.GetPageAsync($"/Participants/Search?q={Uri.EscapeDataString(c.Code)}");
        Assert.Contains(c.Code, html, StringComparison.Ordinal);
        AssertNothingConfidential(html, c);
    }

    [Theory]
    [BothProviders]
    public async Task The_evaluation_report_and_the_research_export_hold_no_note_text(DatabaseProviderKind provider)
    {
        var (world, c) = await SensitiveCaseAsync(provider);

        foreach (var reader in new[] { Persona.Evaluator, Persona.Director })
        {
            var report = await (await world.Client(reader).GetAsync($"/api/v1/programs/{world.ProgramId}/evaluation/report").ExpectAsync(HttpStatusCode.OK))
                .Content.ReadAsStringAsync();
            AssertNothingConfidential(report, c);
            Assert.DoesNotContain(c.Code, report, StringComparison.Ordinal);
        }

        var folder = Directory.CreateTempSubdirectory("offramp-confidentiality-").FullName;
        try
        {
            var program = await world.DbAsync(db => db.Programs.Where(p => p.Id == world.ProgramId).Select(p => p.Name).SingleAsync());
            await using (var scope = world.App.Services.CreateAsyncScope())
            {
                var summary = await scope.ServiceProvider.GetRequiredService<ExportResearchData>()
                    .ForOperatorAsync(program, new ResearchExportOptions("Confidentiality check", folder, ExportFormat.Csv, DateMasking.Shift));
                Assert.True(summary.Participants > 0, "the consenting participant should be in the export");
            }

            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                AssertNothingConfidential(await File.ReadAllTextAsync(file), c);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_audit_viewer_shows_that_a_restricted_note_was_read_but_not_its_text(DatabaseProviderKind provider)
    {
        var (world, c) = await SensitiveCaseAsync(provider);

        // The director may read the mentor's restricted note: the record carries it (positive control).
        var record = await world.GetRecordAsync(c.Id, Persona.Director);
        Assert.Equal(RestrictedNotes, record.Sessions.Single(s => s.Id == c.RestrictedSession).Notes);

        var events = await (await world.Client(Persona.Auditor).GetAsync($"/api/v1/audit/events?participantCode={c.Code}&pageSize=500")
            .ExpectAsync(HttpStatusCode.OK)).Content.ReadAsStringAsync();
        var page = JsonSerializer.Deserialize<Page<AuditEventView>>(events, TestJson.Options)!;
        Assert.Contains(page.Items, e => e.Action == AuditActions.RestrictedNoteRead && e.User == Persona.Director.ToString() &&
            e.EntityType == "session" && e.EntityId == c.RestrictedSession && e.ParticipantCode == c.Code);
        // The auditor sees the disclosure's hash (the register's integrity check), never note, concern or disclosed text.
        AssertNoText(events);

        using var viewer = await PageSession.SignInAsync(world, Persona.Auditor);
        var html = await viewer.GetPageAsync($"/Audit?code={c.Code}");
        // In words for the auditor, with the stored code in the cell's title.
        Assert.Contains($"<td title=\"{AuditActions.RestrictedNoteRead.Name}\">Restricted note read</td>", html, StringComparison.Ordinal);
        AssertNoText(html);
    }

    [Theory]
    [BothProviders]
    public async Task The_participant_page_hides_clinical_and_restricted_notes_from_a_caseworker(DatabaseProviderKind provider)
    {
        var (world, c) = await SensitiveCaseAsync(provider);

        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var html = await caseworker.GetPageAsync($"/Participants/Details/{c.Id}");
        Assert.Contains(c.Code, html, StringComparison.Ordinal);
        Assert.Contains("Notes are visible only to the roles this class allows.", html, StringComparison.Ordinal);
        AssertNothingConfidential(html, c);

        // The psychologist on the team reads the clinical note on the same page (positive control), not the restricted one.
        using var psychologist = await PageSession.SignInAsync(world, Persona.Psychologist);
        var clinical = await psychologist.GetPageAsync($"/Participants/Details/{c.Id}");
        Assert.Contains(ClinicalNotes, clinical, StringComparison.Ordinal);
        Assert.DoesNotContain(RestrictedNotes, clinical, StringComparison.Ordinal);
    }

    /// <summary>No note or concern text, and no trace of the disclosure (not even its hash) for readers not told of it.</summary>
    private static void AssertNothingConfidential(string text, SensitiveCase c)
    {
        AssertNoText(text);
        Assert.DoesNotContain(c.DisclosureSha256, text, StringComparison.Ordinal);
    }

    private static void AssertNoText(string text)
    {
        Assert.DoesNotContain(ClinicalNotes, text, StringComparison.Ordinal);
        Assert.DoesNotContain(RestrictedNotes, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ConcernText, text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A consenting participant in intervention with a clinical note (psychologist), a restricted note (mentor), a concern
    /// (mentor) and a released disclosure of that concern that the director has not shared with the team.
    /// </summary>
    private async Task<(TestWorld World, SensitiveCase Case)> SensitiveCaseAsync(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var familyName = "Reader" + Guid.NewGuid().ToString("N")[..8];
        var participant = await world.RegisterParticipantAsync(customise: r => r.Identity.FamilyName = familyName);
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        await world.AddToTeamAsync(participant.Id, Persona.Psychologist);
        await world.WalkToAsync(participant.Id, Stage.Intervention);
        await world.LogSessionAsync(participant.Id, Persona.Psychologist, ConfidentialityClass.Clinical, ClinicalNotes);
        var restricted = await world.LogSessionAsync(participant.Id, Persona.Mentor, ConfidentialityClass.Restricted, RestrictedNotes);
        var concern = TestWorld.NewConcern();
        concern.Observation = ConcernText;
        var concernId = await world.RaiseConcernAsync(participant.Id, Persona.Mentor, concern);
        var decision = await (await world.SendDisclosureAsync(participant.Id,
                TestWorld.NewDisclosure(concernId, DisclosableField.ParticipantCode, DisclosableField.ConcernObservation),
                stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();
        Assert.True(decision.Released);
        return (world, new SensitiveCase(participant.Id, participant.Code, $"Test {familyName}", restricted, decision.ContentSha256!));
    }

    private sealed record SensitiveCase(Guid Id, string Code, string FullName, Guid RestrictedSession, string DisclosureSha256);
}
