using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Aftercare;
using Offramp.Core.Transfers;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Worklist;

/// <summary>The worklist across a caseload (director: the whole program), aftercare tasks with owners, and transfers between organisations.</summary>
public sealed class ProgramWorklistTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_director_sees_every_caseloads_reviews_and_a_caseworker_only_their_own(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var ofA = await world.ParticipantInInterventionAsync(Persona.CaseworkerA);
        var ofB = await world.ParticipantInInterventionAsync(Persona.CaseworkerB);
        await world.CreatePlanAsync(ofA.Id, TestWorld.NewPlan(TestWorld.DaysAgo(100)));
        await world.CreatePlanAsync(ofB.Id, TestWorld.NewPlan(TestWorld.DaysAgo(100)), Persona.CaseworkerB);

        var director = await WorklistAsync(world, Persona.Director);
        var caseworkerA = await WorklistAsync(world, Persona.CaseworkerA);

        Assert.Contains(director, i => i.ParticipantId == ofA.Id && i.Kind == TaskKinds.PlanReview);
        Assert.Contains(director, i => i.ParticipantId == ofB.Id && i.Kind == TaskKinds.PlanReview);
        Assert.Contains(caseworkerA, i => i.ParticipantId == ofA.Id);
        Assert.DoesNotContain(caseworkerA, i => i.ParticipantId == ofB.Id);
    }

    [Theory]
    [BothProviders]
    public async Task An_aftercare_task_goes_to_its_owner_on_the_team_only(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.AddToTeamAsync(participant.Id, Persona.Mentor);
        var url = $"/api/v1/participants/{participant.Id}/aftercare-tasks";
        var command = new AftercareTaskCommand { Area = AftercareArea.Housing, Title = "Book the housing office appointment", OwnerUserId = world.UserId(Persona.Mentor), DueOn = TestWorld.Today.AddDays(7) };

        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, command).ExpectAsync(HttpStatusCode.Created);
        command.OwnerUserId = world.UserId(Persona.CaseworkerB);
        await ProblemJson.ReadAsync(await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, url, command), HttpStatusCode.UnprocessableEntity);

        Assert.Contains(await WorklistAsync(world, Persona.Mentor), i => i.Kind == TaskKinds.Aftercare && i.ParticipantId == participant.Id);
        Assert.DoesNotContain(await WorklistAsync(world, Persona.CaseworkerA), i => i.Kind == TaskKinds.Aftercare && i.ParticipantId == participant.Id);
    }

    [Theory]
    [BothProviders]
    public async Task A_transfer_to_another_organisation_carries_the_consented_package_and_is_audited_on_both_sides(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync(Persona.OtherOrganisationDirector);
        var propose = new ProposeTransferCommand
        {
            TargetProgramId = world.ProgramId,
            Shared = SharedSections.Identity,
            ConsentedOn = TestWorld.DaysAgo(1),
            ParticipantAgreed = true,
            Reason = "Moving to the north.",
        };
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/transfers", propose).ExpectAsync(HttpStatusCode.NotFound);
        var transferId = await (await world.Client(Persona.OtherOrganisationDirector).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/transfers", propose)
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();

        var incoming = Assert.Single(await (await world.Client(Persona.Director).GetAsync("/api/v1/transfers").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<TransferView>>(), t => t.Id == transferId);
        Assert.True(incoming.Incoming);
        Assert.Equal("Test", incoming.Package.Identity?.GivenName);
        Assert.Null(incoming.Package.Formulation);
        await world.Client(Persona.CaseworkerA).SendJsonAsync(HttpMethod.Post, $"/api/v1/transfers/{transferId}/decision", new TransferDecisionCommand { Accept = true }, incoming.Version)
            .ExpectAsync(HttpStatusCode.NotFound);

        var accepted = await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/transfers/{transferId}/decision", new TransferDecisionCommand { Accept = true }, incoming.Version)
            .ExpectAsync(HttpStatusCode.OK);
        var received = (await accepted.ReadJsonAsync<Received>()).ReceivedParticipantId;

        Assert.Equal(Offramp.Core.Stages.Stage.Transferred, await world.StageOfAsync(participant.Id));
        var record = await world.GetRecordAsync(received);
        Assert.Equal("Test", record.Identity?.GivenName);
        var audited = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "transfer" && e.EntityId == transferId).Select(e => e.OrganisationId).ToListAsync());
        Assert.Contains(world.OtherOrganisationId, audited);
        Assert.Contains(world.OrganisationId, audited);
    }

    /// <summary>
    /// A director's worklist takes their programs' tasks by the task's program. A transfer within the organisation must
    /// carry the open tasks along: left behind, they would stay on the old director's worklist (showing a participant
    /// they no longer see) and never reach the new one.
    /// </summary>
    [Theory]
    [BothProviders]
    public async Task A_transfer_within_the_organisation_moves_the_open_tasks_to_the_new_programs_director(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(participant.Id, TestWorld.NewPlan(TestWorld.DaysAgo(100)));
        var (_, _, secondDirector) = await world.CreateStaffWithAuthenticatorAsync("Director of the second program", Core.Access.Role.ProgramDirector, world.SecondProgramId);
        Assert.Contains(await WorklistAsync(world, Persona.Director), i => i.ParticipantId == participant.Id && i.Kind == TaskKinds.PlanReview);
        Assert.DoesNotContain(await WorklistAsync(secondDirector), i => i.ParticipantId == participant.Id);

        var propose = new ProposeTransferCommand { TargetProgramId = world.SecondProgramId, Shared = SharedSections.Identity, ConsentedOn = TestWorld.DaysAgo(1), ParticipantAgreed = true, Reason = "Closer to home." };
        var transferId = await (await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant.Id}/transfers", propose)
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        var incoming = Assert.Single(await (await secondDirector.GetAsync("/api/v1/transfers").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<TransferView>>(), t => t.Id == transferId);
        await secondDirector.SendJsonAsync(HttpMethod.Post, $"/api/v1/transfers/{transferId}/decision", new TransferDecisionCommand { Accept = true }, incoming.Version)
            .ExpectAsync(HttpStatusCode.OK);

        Assert.Contains(await WorklistAsync(secondDirector), i => i.ParticipantId == participant.Id && i.Kind == TaskKinds.PlanReview);
        Assert.DoesNotContain(await WorklistAsync(world, Persona.Director), i => i.ParticipantId == participant.Id);
    }

    /// <summary>
    /// A director's worklist takes their programs whole and, apart from them, only the cases they work elsewhere. When
    /// there are none, that part is left out of the statements; when there are, their tasks are listed, and a task in
    /// the directed program is listed once even when the director is on its case team too.
    /// </summary>
    [Theory]
    [BothProviders]
    public async Task A_director_also_lists_the_cases_they_work_in_another_program_and_each_task_once(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var elsewhere = await world.ParticipantInInterventionAsync();
        await world.CreatePlanAsync(elsewhere.Id, TestWorld.NewPlan(TestWorld.DaysAgo(100)));
        var (directorId, _, director) = await world.CreateStaffWithAuthenticatorAsync("Director of the second program", Core.Access.Role.ProgramDirector, world.SecondProgramId);
        var directed = await world.RegisterParticipantAsync(Persona.CaseworkerB, world.SecondProgramId);
        await world.WalkToAsync(directed.Id, Core.Stages.Stage.Intervention, Persona.CaseworkerB);
        await world.CreatePlanAsync(directed.Id, TestWorld.NewPlan(TestWorld.DaysAgo(100)), Persona.CaseworkerB);
        Assert.DoesNotContain(await WorklistAsync(director), i => i.ParticipantId == elsewhere.Id);

        await world.GrantRoleAsync(directorId, Core.Access.Role.Caseworker, world.ProgramId);
        await world.GrantRoleAsync(directorId, Core.Access.Role.Caseworker, world.SecondProgramId);
        foreach (var participant in new[] { elsewhere.Id, directed.Id })
        {
            var member = new Core.CaseTeams.AddTeamMemberCommand { UserId = directorId, Role = Core.Access.Role.Caseworker };
            var directorOfProgram = participant == elsewhere.Id ? world.Client(Persona.Director) : director;
            await directorOfProgram.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/team", member).ExpectAsync(HttpStatusCode.Created);
        }

        var worklist = await WorklistAsync(director);
        Assert.Single(worklist, i => i.ParticipantId == elsewhere.Id && i.Kind == TaskKinds.PlanReview);
        Assert.Single(worklist, i => i.ParticipantId == directed.Id && i.Kind == TaskKinds.PlanReview);
    }

    private static async Task<List<WorklistItem>> WorklistAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/worklist?horizonDays=3650").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();

    private static async Task<List<WorklistItem>> WorklistAsync(TestWorld world, Persona persona) =>
        await (await world.Client(persona).GetAsync("/api/v1/worklist?horizonDays=3650").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<WorklistItem>>();

    private sealed record Received(Guid ReceivedParticipantId);
}
