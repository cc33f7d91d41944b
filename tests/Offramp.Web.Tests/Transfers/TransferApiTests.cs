using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Transfers;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Transfers;

/// <summary>The transfer API behind the pages: preview writes nothing but its audit, a decline needs its reason, and the team sees the status.</summary>
public sealed class TransferApiTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_preview_holds_only_the_consented_sections_and_stores_nothing_but_its_audit(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(10)));
        var before = await RowCounts.TakeAsync(world);

        var response = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/transfers/preview",
            Command(world.OtherProgramId, SharedSections.Plan)).ExpectAsync(HttpStatusCode.OK);

        var preview = await response.ReadJsonAsync<TransferPreview>();
        Assert.True(preview.ToAnotherOrganisation);
        Assert.Null(preview.Package.Identity);
        Assert.Null(preview.Package.Formulation);
        Assert.NotNull(preview.Package.PlanGoals);
        Assert.NotEmpty(preview.Package.PlanGoals);
        Assert.Equal(0, await world.DbAsync(db => db.Set<ParticipantTransfer>().CountAsync(t => t.ParticipantId == participant.Id)));
        var after = await RowCounts.TakeAsync(world);
        Assert.Equal(before with { AuditEvents = after.AuditEvents, AuditHead = after.AuditHead }, after);
        Assert.Equal(1, await world.DbAsync(db => db.AuditEvents.CountAsync(a => a.ParticipantId == participant.Id && a.EntityType == "transfer-package")));
    }

    [Theory]
    [BothProviders]
    public async Task A_decline_without_a_reason_is_refused_and_the_team_sees_the_transfer_still_waiting(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        var created = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/transfers",
            Command(world.OtherProgramId, SharedSections.None)).ExpectAsync(HttpStatusCode.Created);
        var transferId = await created.ReadCreatedIdAsync();
        var version = await world.DbAsync(db => db.Set<ParticipantTransfer>().Where(t => t.Id == transferId).Select(t => t.Version).SingleAsync());

        var declined = await world.Client(Persona.OtherOrganisationDirector).SendJsonAsync(HttpMethod.Post, $"/api/v1/transfers/{transferId}/decision",
            new TransferDecisionCommand { Accept = false, Reason = "  " }, version);

        var problem = await ProblemJson.ReadAsync(declined, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("reason for declining", problem.ErrorsFor("Reason")[0], StringComparison.Ordinal);
        var statuses = await (await world.Client(Persona.CaseworkerA).GetAsync($"/api/v1/participants/{participant.Id}/transfers").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<List<ParticipantTransferStatus>>();
        var status = Assert.Single(statuses);
        Assert.Equal((TransferStatus.Proposed, false), (status.Status, status.WithinOrganisation));
    }

    private static ProposeTransferCommand Command(Guid target, SharedSections shared) => new()
    {
        TargetProgramId = target,
        Shared = shared,
        ConsentedOn = TestWorld.DaysAgo(1),
        ParticipantAgreed = true,
        Reason = "Moving to another city.",
    };
}
