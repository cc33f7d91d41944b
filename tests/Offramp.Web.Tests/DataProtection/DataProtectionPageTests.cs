using System.Globalization;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.DataProtection;
using Offramp.Core.Erasure;
using Offramp.Core.Retention;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>
/// The participant's data-protection page keeps the API's rules: the caseworker records a subject access request, which
/// puts a task on the director's worklist; only the director approves, downloads the export, places and lifts legal
/// holds, and erases, with a fresh authenticator code; everyone off the case gets "not found".
/// </summary>
public sealed class DataProtectionPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_subject_access_request_goes_from_the_caseworker_to_the_director_who_approves_and_downloads_it(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Identity!.FamilyName = "Quarrington");
        var page = $"/Participants/DataProtection?id={participant.Id}";
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);

        var missingDate = await PageSession.HtmlAsync(await caseworker.PostAsync(page, new() { ["AccessRequest.ReceivedOn"] = "" }, "Request"));
        Assert.Contains("Enter the date the request was received", missingDate, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.Set<SubjectAccessRequest>().CountAsync(r => r.ParticipantId == participant.Id)));

        var received = TestWorld.Today.AddDays(-3);
        var recorded = await caseworker.PostAsync(page, new() { ["AccessRequest.ReceivedOn"] = received.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "Request");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var request = await world.DbAsync(db => db.Set<SubjectAccessRequest>().AsNoTracking().SingleAsync(r => r.ParticipantId == participant.Id));
        var task = await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().SingleAsync(t => t.SourceId == request.Id));
        Assert.Equal((TaskKinds.SubjectAccess, TaskAudience.ProgramDirectors, CaseTaskStatus.Open, received.AddMonths(1)), (task.Kind, task.Audience, task.Status, task.DueOn));

        // The caseworker sees the request waiting, but neither an approval nor a download.
        var asCaseworker = await caseworker.GetPageAsync(page);
        Assert.Contains("awaiting the director", asCaseworker, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"approve-request\"", asCaseworker, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetResponseAsync($"{page}&handler=Export&requestId={request.Id}")).StatusCode);
        var byCaseworker = await PageSession.HtmlAsync(await caseworker.PostAsync(page, new() { ["Item.Id"] = request.Id.ToString(), ["Item.Version"] = "1" }, "Approve"));
        Assert.Contains("Only the program director can do this.", byCaseworker, StringComparison.Ordinal);

        using var director = await PageSession.SignInAsync(world, Persona.Director);
        var worklist = await director.GetPageAsync("/Worklist");
        Assert.Contains(ManageSubjectAccess.ApprovalTaskTitle, worklist, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(page, new() { ["Item.Id"] = request.Id.ToString(), ["Item.Version"] = "1" }, "Approve")).StatusCode);
        Assert.Equal(CaseTaskStatus.Done, await world.DbAsync(db => db.Set<CaseTask>().Where(t => t.Id == task.Id).Select(t => t.Status).SingleAsync()));
        var again = await PageSession.HtmlAsync(await director.PostAsync(page, new() { ["Item.Id"] = request.Id.ToString(), ["Item.Version"] = "1" }, "Approve"));
        Assert.Contains("This request is already approved.", again, StringComparison.Ordinal);

        var download = await director.GetResponseAsync($"{page}&handler=Export&requestId={request.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var export = await download.Content.ReadAsStringAsync();
        Assert.Contains("Quarrington", export, StringComparison.Ordinal);
        Assert.Contains(participant.Code, export, StringComparison.Ordinal);
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SubjectAccessExport && e.EntityId == request.Id
            && e.UserId == world.UserId(Persona.Director))));

        // Off the case: not found, the page and each of its forms.
        using var mentor = await PageSession.SignInAsync(world, Persona.Mentor);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(page)).Status);
        using var stranger = await PageSession.SignInAsync(world, Persona.OtherOrganisationDirector);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetResponseAsync($"{page}&handler=Export&requestId={request.Id}")).StatusCode);
    }

    [Theory]
    [BothProviders]
    public async Task Erasure_names_every_missing_piece_at_once_is_refused_under_a_hold_and_done_with_a_fresh_code_once_lifted(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.RegisterParticipantAsync(customise: c => c.Identity!.NationalId = "NI-5520");
        var page = $"/Participants/DataProtection?id={participant.Id}";
        using var director = await PageSession.SignInAsync(world, Persona.Director);

        var incomplete = PageSession.TextOf(await PageSession.HtmlAsync(await director.PostAsync(page, new() { ["Erase.Reference"] = "" }, "Erase")));
        Assert.Contains("Give the reference of the erasure request.", incomplete, StringComparison.Ordinal);
        Assert.Contains("Confirm that the request was verified as valid before erasing.", incomplete, StringComparison.Ordinal);
        Assert.Contains("Enter a fresh code from your authenticator app to confirm.", incomplete, StringComparison.Ordinal);

        var noGround = await PageSession.HtmlAsync(await director.PostAsync(page, new() { ["Hold.Reason"] = "" }, "Hold"));
        Assert.Contains("State the legal ground for the hold.", noGround, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(page, new() { ["Hold.Reason"] = "Court order 2026/118" }, "Hold")).StatusCode);
        var held = await director.GetPageAsync(page);
        Assert.Contains("data-testid=\"erasure-refused\"", held, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"erase\"", held, StringComparison.Ordinal);

        // A crafted post during the hold is refused by the use case itself, with the hold's ground.
        var erase = new Dictionary<string, string> { ["Erase.Reference"] = "DSR-2026-031", ["Erase.RequestVerified"] = "true" };
        var refused = await PageSession.HtmlAsync(await director.PostAsync(page, new(erase) { ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Director) }, "Erase"));
        Assert.Contains("Erasure refused: a legal hold applies (Court order 2026/118).", refused, StringComparison.Ordinal);
        Assert.Equal("NI-5520", (await world.GetRecordAsync(participant.Id)).Identity.NationalId);

        var hold = await world.DbAsync(db => db.Set<LegalHold>().AsNoTracking().SingleAsync(h => h.ParticipantId == participant.Id));
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var liftByCaseworker = await PageSession.HtmlAsync(await caseworker.PostAsync(page, new() { ["Item.Id"] = hold.Id.ToString(), ["Item.Version"] = hold.Version.ToString(CultureInfo.InvariantCulture) }, "Lift"));
        Assert.Contains("Only the program director can do this.", liftByCaseworker, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(page, new() { ["Item.Id"] = hold.Id.ToString(), ["Item.Version"] = hold.Version.ToString(CultureInfo.InvariantCulture) }, "Lift")).StatusCode);

        var wrongCode = await PageSession.HtmlAsync(await director.PostAsync(page, new(erase) { ["StepUpCode"] = "000000" }, "Erase"));
        Assert.DoesNotContain("data-testid=\"erased\"", wrongCode, StringComparison.Ordinal);
        Assert.Equal("NI-5520", (await world.GetRecordAsync(participant.Id)).Identity.NationalId);

        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(page, new(erase) { ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Director) }, "Erase")).StatusCode);
        var record = await world.GetRecordAsync(participant.Id);
        Assert.Null(record.Identity.NationalId);
        Assert.Null(record.Identity.GivenName);
        var erasure = await world.DbAsync(db => db.Set<ErasureRecord>().AsNoTracking().SingleAsync(e => e.ParticipantId == participant.Id));
        Assert.Equal(("DSR-2026-031", world.UserId(Persona.Director)), (erasure.Reference, erasure.ErasedByUserId!.Value));
        var after = await director.GetPageAsync(page);
        Assert.Contains("data-testid=\"erased\"", after, StringComparison.Ordinal);
        Assert.Contains("DSR-2026-031", after, StringComparison.Ordinal);
        var trail = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.ParticipantId == participant.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.LegalHoldPlaced.Name, trail);
        Assert.Contains(AuditActions.LegalHoldLifted.Name, trail);
        Assert.Contains(AuditActions.ErasureRefused.Name, trail);
        Assert.Contains(AuditActions.Erasure.Name, trail);
    }
}
