using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Organisations.Admin;
using Offramp.Core.Organisations.RoleRequests;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.SeparationOfDuties;

/// <summary>
/// Issue 10, defect 2: an organisation admin granted themselves ProgramDirector (201) and read names, national IDs and
/// notes. Now nobody grants themselves a role, admins and auditors never hold program roles, and a program role is a
/// request that a second person (a director of the program, or a second admin where it has none) approves with step-up.
/// </summary>
public sealed class RoleGrantTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private static string Roles(Guid userId) => $"/api/v1/admin/users/{userId}/roles";

    [Theory]
    [BothProviders]
    public async Task The_defect_request_an_admin_granting_themselves_director_is_refused_and_opens_nothing(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync(customise: c => c.Identity.NationalId = "NI-7001")).Id;
        var admin = world.UserId(Persona.OrganisationAdmin);
        // A fresh step-up, so nothing but the self-grant rule can refuse.
        await world.RecordStepUpAsync(admin);

        var refused = await ProblemJson.ReadAsync(await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Roles(admin),
            new { Role = Role.ProgramDirector, ProgramId = world.ProgramId }), HttpStatusCode.Forbidden);

        Assert.Contains("Nobody grants themselves a role", refused.Detail, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == admin && r.ProgramId != null)));
        Assert.False(await world.DbAsync(db => db.Set<RoleRequest>().AnyAsync(r => r.UserId == admin)));
        await world.Client(Persona.OrganisationAdmin).GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.NotFound);
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RoleSelfGrantRefused && e.UserId == admin)));
    }

    [Theory]
    [BothProviders]
    public async Task The_auditor_gets_no_case_role_by_asking_or_from_an_admin(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync()).Id;
        var auditor = world.UserId(Persona.Auditor);
        await world.RecordStepUpAsync(auditor);
        await world.RecordStepUpAsync(world.UserId(Persona.OrganisationAdmin));
        var director = new { Role = Role.ProgramDirector, ProgramId = world.ProgramId };

        // The auditor's own attempt: administration answers 404 to non-admins.
        await world.Client(Persona.Auditor).SendJsonAsync(HttpMethod.Post, Roles(auditor), director).ExpectAsync(HttpStatusCode.NotFound);
        // An admin granting the auditor a case role: refused, whatever the admin's step-up.
        var refused = await ProblemJson.ReadAsync(await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Roles(auditor), director), HttpStatusCode.Conflict);

        Assert.Contains("never hold a role that opens case content", refused.Detail, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == auditor && r.ProgramId != null)));
        Assert.False(await world.DbAsync(db => db.Set<RoleRequest>().AnyAsync(r => r.UserId == auditor)));
        await world.Client(Persona.Auditor).GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [BothProviders]
    public async Task An_account_with_a_program_role_is_never_made_admin_or_auditor_not_even_from_the_command_line(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.RecordStepUpAsync(world.UserId(Persona.OrganisationAdmin));
        var caseworker = world.UserId(Persona.CaseworkerB);

        foreach (var oversight in new[] { Role.OrganisationAdmin, Role.Auditor })
        {
            await ProblemJson.ReadAsync(await world.Client(Persona.OrganisationAdmin).SendJsonAsync(HttpMethod.Post, Roles(caseworker), new { Role = oversight }), HttpStatusCode.Conflict);
        }

        // The CLI's path (RoleGranting, with database access) keeps the same rule both ways.
        await Assert.ThrowsAsync<ConflictException>(() => world.GrantRoleAsync(caseworker, Role.Auditor, null));
        await Assert.ThrowsAsync<ConflictException>(() => world.GrantRoleAsync(world.UserId(Persona.OrganisationAdmin), Role.Caseworker, world.ProgramId));
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == caseworker && r.ProgramId == null)));
    }

    [Theory]
    [BothProviders]
    public async Task A_director_grant_is_a_request_the_grantee_cannot_use_until_a_director_approves_with_step_up(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.RegisterParticipantAsync(customise: c => c.Identity.NationalId = "NI-7002")).Id;
        var (admin, adminSecret, adminClient) = await world.CreateStaffWithAuthenticatorAsync("Requesting admin", Role.OrganisationAdmin, null);
        var grantee = await world.CreateUserAsync("Future director");
        using var granteeClient = world.App.CreateApiClient((await world.CreateTokenAsync(grantee, allowWrite: false)).Secret);
        var body = new { Role = Role.ProgramDirector, ProgramId = world.ProgramId };

        // Asking needs step-up too.
        await ProblemJson.ReadAsync(await TestWorld.SendWithStepUpAsync(adminClient, HttpMethod.Post, Roles(grantee), body, null), HttpStatusCode.Forbidden);
        Assert.False(await world.DbAsync(db => db.Set<RoleRequest>().AnyAsync(r => r.UserId == grantee)));

        var step = TestWorld.CurrentTimeStep();
        var asked = await (await TestWorld.SendWithStepUpAsync(adminClient, HttpMethod.Post, Roles(grantee), body, TestWorld.CodeAt(adminSecret, step))
            .ExpectAsync(HttpStatusCode.Accepted)).ReadJsonAsync<RoleGrantOutcome>();
        Assert.Equal(RoleGrantStatus.Pending, asked.Status);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));
        await granteeClient.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.NotFound);

        var approval = $"/api/v1/role-requests/{asked.Id}/approval";
        var (director, directorSecret, directorClient) = await world.CreateDirectorWithAuthenticatorAsync("Approving director");
        // The director without step-up: refused, nothing granted.
        var noStepUp = await ProblemJson.ReadAsync(await TestWorld.SendWithStepUpAsync(directorClient, HttpMethod.Post, approval, null, null), HttpStatusCode.Forbidden);
        Assert.Contains("fresh authenticator code", noStepUp.Detail, StringComparison.Ordinal);
        await granteeClient.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.NotFound);
        // The requester, even with a fresh code: refused; a second person must approve.
        var own = await ProblemJson.ReadAsync(await TestWorld.SendWithStepUpAsync(adminClient, HttpMethod.Post, approval, null, TestWorld.CodeAt(adminSecret, step + 1)), HttpStatusCode.Forbidden);
        Assert.Contains("second person", own.Detail, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));

        await TestWorld.SendWithStepUpAsync(directorClient, HttpMethod.Post, approval, null, TestWorld.CodeAt(directorSecret, TestWorld.CurrentTimeStep()))
            .ExpectAsync(HttpStatusCode.Created);

        var record = await (await granteeClient.GetAsync($"/api/v1/participants/{participant}").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<Core.Participants.Read.ParticipantRecord>();
        Assert.Equal("NI-7002", record.Identity.NationalId);
        var trail = await world.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.EntityId == asked.Id).ToListAsync());
        Assert.Contains(trail, e => e.Action == AuditActions.RoleRequested && e.UserId == admin);
        Assert.Contains(trail, e => e.Action == AuditActions.RoleRequestApproved && e.UserId == director);
        var assignment = await world.DbAsync(db => db.RoleAssignments.SingleAsync(r => r.UserId == grantee));
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RoleGranted && e.EntityId == assignment.Id && e.UserId == director)));
    }

    [Theory]
    [BothProviders]
    public async Task Where_the_program_has_no_director_a_second_admin_approves_and_the_requester_never(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (first, _, firstClient) = await world.CreateStaffWithAuthenticatorAsync("First admin", Role.OrganisationAdmin, null);
        var (second, _, secondClient) = await world.CreateStaffWithAuthenticatorAsync("Second admin", Role.OrganisationAdmin, null);
        await world.RecordStepUpAsync(first);
        await world.RecordStepUpAsync(second);
        await world.RecordStepUpAsync(world.UserId(Persona.Director));
        var grantee = await world.CreateUserAsync("Community mentor");

        // The second program has no director.
        var asked = await (await firstClient.SendJsonAsync(HttpMethod.Post, Roles(grantee), new { Role = Role.Mentor, ProgramId = world.SecondProgramId })
            .ExpectAsync(HttpStatusCode.Accepted)).ReadJsonAsync<RoleGrantOutcome>();
        var approval = $"/api/v1/role-requests/{asked.Id}/approval";

        await ProblemJson.ReadAsync(await firstClient.SendJsonAsync(HttpMethod.Post, approval), HttpStatusCode.Forbidden);
        // The main program's director does not see another program's requests.
        await world.Client(Persona.Director).SendJsonAsync(HttpMethod.Post, approval).ExpectAsync(HttpStatusCode.NotFound);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));

        await secondClient.SendJsonAsync(HttpMethod.Post, approval).ExpectAsync(HttpStatusCode.Created);
        var granted = await world.DbAsync(db => db.RoleAssignments.SingleAsync(r => r.UserId == grantee));
        Assert.Equal((Role.Mentor, (Guid?)world.SecondProgramId), (granted.Role, granted.ProgramId));
        var request = await world.DbAsync(db => db.Set<RoleRequest>().SingleAsync(r => r.Id == asked.Id));
        Assert.Equal((RoleRequestStatus.Approved, (Guid?)second, first), (request.Status, request.DecidedByUserId, request.RequestedByUserId));
    }

    [Theory]
    [BothProviders]
    public async Task Declining_needs_a_reason_and_only_the_requester_withdraws(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (admin, _, adminClient) = await world.CreateStaffWithAuthenticatorAsync("Asking admin", Role.OrganisationAdmin, null);
        await world.RecordStepUpAsync(admin);
        await world.RecordStepUpAsync(world.UserId(Persona.Director));
        var director = world.Client(Persona.Director);
        var body = new { Role = Role.Caseworker, ProgramId = world.ProgramId };

        var first = await (await adminClient.SendJsonAsync(HttpMethod.Post, Roles(await world.CreateUserAsync("Withdrawn caseworker")), body)
            .ExpectAsync(HttpStatusCode.Accepted)).ReadJsonAsync<RoleGrantOutcome>();
        var noReason = await ProblemJson.ReadAsync(await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{first.Id}/decline", new { Reason = " " }), HttpStatusCode.UnprocessableEntity);
        Assert.NotEmpty(noReason.ErrorsFor("Reason"));
        await ProblemJson.ReadAsync(await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{first.Id}/withdrawal"), HttpStatusCode.Forbidden);
        await adminClient.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{first.Id}/withdrawal").ExpectAsync(HttpStatusCode.NoContent);
        await ProblemJson.ReadAsync(await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{first.Id}/approval"), HttpStatusCode.Conflict);

        var grantee = await world.CreateUserAsync("Declined caseworker");
        var second = await (await adminClient.SendJsonAsync(HttpMethod.Post, Roles(grantee), body).ExpectAsync(HttpStatusCode.Accepted)).ReadJsonAsync<RoleGrantOutcome>();
        await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{second.Id}/decline", new { Reason = "Not on this team's rota." }).ExpectAsync(HttpStatusCode.NoContent);

        var seen = await (await adminClient.GetAsync("/api/v1/role-requests").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<RoleRequestView>>();
        Assert.Equal(RoleRequestStatus.Withdrawn, Assert.Single(seen, r => r.Id == first.Id).Status);
        var declined = Assert.Single(seen, r => r.Id == second.Id);
        Assert.Equal((RoleRequestStatus.Declined, "Not on this team's rota."), (declined.Status, declined.DeclineReason));
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));
        var actions = await world.DbAsync(db => db.AuditEvents.Where(e => e.EntityId == first.Id || e.EntityId == second.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.RoleRequestWithdrawn, actions);
        Assert.Contains(AuditActions.RoleRequestDeclined, actions);
    }

    [Theory]
    [BothProviders]
    public async Task A_request_not_decided_within_seven_days_expires(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var (admin, _, adminClient) = await world.CreateStaffWithAuthenticatorAsync("Slow admin", Role.OrganisationAdmin, null);
        await world.RecordStepUpAsync(admin);
        var grantee = await world.CreateUserAsync("Patient psychologist");
        var asked = await (await adminClient.SendJsonAsync(HttpMethod.Post, Roles(grantee), new { Role = Role.Psychologist, ProgramId = world.ProgramId })
            .ExpectAsync(HttpStatusCode.Accepted)).ReadJsonAsync<RoleGrantOutcome>();

        var clock = new TestClock(DateTimeOffset.UtcNow + RoleRequest.Lifetime + TimeSpan.FromHours(1));
        using var later = world.WithClock(clock);
        var (director, _, _) = await world.CreateDirectorWithAuthenticatorAsync("Late director");
        await world.RecordStepUpAsync(director, clock.UtcNow);
        using var directorLater = later.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        directorLater.DefaultRequestHeaders.Authorization = new("Bearer", (await world.CreateTokenAsync(director, allowWrite: true)).Secret);

        var expired = await ProblemJson.ReadAsync(await directorLater.SendJsonAsync(HttpMethod.Post, $"/api/v1/role-requests/{asked.Id}/approval"), HttpStatusCode.Conflict);
        Assert.Contains("expired", expired.Detail, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == grantee)));
        var listed = await (await directorLater.GetAsync("/api/v1/role-requests").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<List<RoleRequestView>>();
        Assert.Equal(RoleRequestStatus.Expired, Assert.Single(listed, r => r.Id == asked.Id).Status);
    }
}
