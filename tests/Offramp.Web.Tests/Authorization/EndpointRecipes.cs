using System.Net;

using Offramp.Core.Access;
using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Update;
using Offramp.Core.Referrals;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// A valid request for every /api/v1 endpoint, keyed like <see cref="ApiEndpoint.Key"/>, so that the status reflects
/// authorization and never validation. An endpoint added to the app without a recipe here fails the matrix.
/// </summary>
public static class EndpointRecipes
{
    private const string Participant = "/api/v1/participants/{id:guid}";

    public static IReadOnlyDictionary<string, Recipe> All { get; } = Merge(ProtectionRecipes.All, AssessmentRecipes.All, Merge(JourneyRecipes.All, EvaluationRecipes.All, Merge(RoleRequestRecipes.All, Merge(CodedProfileRecipes.All, Merge(EvidenceRecipes.All, new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        ["GET /api/v1/me"] = Plain(HttpStatusCode.OK),
        ["GET /api/v1/tokens"] = Plain(HttpStatusCode.OK),
        ["DELETE /api/v1/tokens/{tokenId:guid}"] = new(RecordType.Owned, HttpStatusCode.NoContent, TokenAsync),
        ["GET /api/v1/programs"] = Plain(HttpStatusCode.OK),
        ["GET /api/v1/sites"] = Plain(HttpStatusCode.OK),
        ["GET /api/v1/worklist/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain with { Query = "horizonDays=30" })),
        ["POST /api/v1/worklist/{taskId:guid}/completion"] = new(RecordType.Owned, HttpStatusCode.NoContent, TaskCompletionAsync),
        ["* /api/v1/{*path:nonfile}"] = new(RecordType.None, HttpStatusCode.NotFound, _ => Done(Route(("path", "no-such-endpoint")))),

        ["GET /api/v1/participants/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain with { Query = "page=1&pageSize=20" })),
        ["GET /api/v1/participants/search"] = new(RecordType.None, HttpStatusCode.OK, c => Done(PreparedRequest.Plain with { Query = $"q={c.Scene.Case(RecordKind.TeamCase).Code}" })),
        ["POST /api/v1/participants/"] = new(RecordType.IntakeProgram, HttpStatusCode.Created, c => Done(PreparedRequest.Plain with { Body = TestWorld.NewReferral(IntakeProgram(c)) })),
        [$"GET {Participant}"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)))),
        [$"PUT {Participant}"] = new(RecordType.Participant, HttpStatusCode.NoContent, UpdateDetailsAsync),
        [$"POST {Participant}/referrals/{{referralId:guid}}/screening"] = new(RecordType.Participant, HttpStatusCode.NoContent, ScreeningAsync),
        [$"POST {Participant}/consents"] = new(RecordType.Participant, HttpStatusCode.Created, ConsentAsync),
        [$"POST {Participant}/consents/withdrawal"] = new(RecordType.Participant, HttpStatusCode.NoContent, WithdrawalAsync),
        [$"POST {Participant}/stage"] = new(RecordType.Participant, HttpStatusCode.NoContent, StageAsync),
        [$"POST {Participant}/team"] = new(RecordType.Participant, HttpStatusCode.Created, AddTeamMemberAsync),
        [$"DELETE {Participant}/team/{{memberId:guid}}"] = new(RecordType.Participant, HttpStatusCode.NoContent, EndTeamMembershipAsync),
        [$"POST {Participant}/justice-events"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with { Body = Arrest() })),
        [$"PUT {Participant}/justice-events/{{eventId:guid}}"] = new(RecordType.Participant, HttpStatusCode.NoContent, CorrectJusticeEventAsync),
        [$"POST {Participant}/sessions"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with { Body = TestWorld.NewSession() })),
        [$"PUT {Participant}/sessions/{{sessionId:guid}}"] = new(RecordType.Participant, HttpStatusCode.NoContent, CorrectSessionAsync),

        ["GET /api/v1/admin/users"] = Plain(HttpStatusCode.OK),
        ["POST /api/v1/admin/users"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with
        {
            Body = new { Email = $"new.{Guid.NewGuid():N}@test.offramp", DisplayName = "New colleague", Password = TestWorld.Password },
        })),
        // A program role opens case content: the admin's grant is a request (202) that a second person approves.
        ["POST /api/v1/admin/users/{userId:guid}/roles"] = new(RecordType.AdminUser, HttpStatusCode.Accepted, GrantRoleAsync),
        ["DELETE /api/v1/admin/roles/{assignmentId:guid}"] = new(RecordType.AdminAssignment, HttpStatusCode.NoContent, RevokeRoleAsync),
        ["POST /api/v1/admin/programs"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = Program("Family support") })),
        ["PUT /api/v1/admin/programs/{programId:guid}"] = new(RecordType.AdminProgram, HttpStatusCode.NoContent, EditProgramAsync),
        ["POST /api/v1/admin/sites"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = new { Name = "Probation office West", Locality = "West" } })),

        ["GET /api/v1/audit/events"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain with { Query = "page=1&pageSize=10" })),
        ["GET /api/v1/audit/verification"] = Plain(HttpStatusCode.OK),
    })))));

    /// <summary>Feature recipe sets kept in their own files, added to the foundation's.</summary>
    private static Dictionary<string, Recipe> Merge(IReadOnlyDictionary<string, Recipe> feature, Dictionary<string, Recipe> recipes)
    {
        foreach (var (key, recipe) in feature)
        {
            recipes.Add(key, recipe);
        }

        return recipes;
    }

    private static Dictionary<string, Recipe> Merge(IReadOnlyDictionary<string, Recipe> first, IReadOnlyDictionary<string, Recipe> second, Dictionary<string, Recipe> recipes) =>
        Merge(first, Merge(second, recipes));

    private static Recipe Plain(HttpStatusCode success) => new(RecordType.None, success, _ => Done(PreparedRequest.Plain));

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value));

    private static Guid IntakeProgram(MatrixCall c) => c.Kind switch
    {
        RecordKind.TeamCase => c.World.ProgramId,
        RecordKind.OtherCaseload => c.World.SecondProgramId,
        RecordKind.OtherOrganisation => c.World.OtherProgramId,
        _ => Guid.NewGuid(),
    };

    /// <summary>A colleague in the caller's organisation and someone of the other organisation.</summary>
    private static (Persona Colleague, Persona Stranger) OthersOf(Persona caller) =>
        (caller == Persona.CaseworkerA ? Persona.CaseworkerB : Persona.CaseworkerA,
         caller == Persona.OtherOrganisationDirector ? Persona.CaseworkerA : Persona.OtherOrganisationDirector);

    private static async Task<PreparedRequest> TokenAsync(MatrixCall c)
    {
        var (colleague, stranger) = OthersOf(c.Caller);
        var tokenId = c.Kind switch
        {
            RecordKind.TeamCase => (await c.World.CreateTokenAsync(c.Caller, allowWrite: false, name: "to revoke")).Id,
            RecordKind.OtherCaseload => c.World.Account(colleague).ReadTokenId,
            RecordKind.OtherOrganisation => c.World.Account(stranger).ReadTokenId,
            _ => Guid.NewGuid(),
        };
        return Route(("tokenId", tokenId));
    }

    private static async Task<PreparedRequest> TaskCompletionAsync(MatrixCall c)
    {
        var (colleague, stranger) = OthersOf(c.Caller);
        var taskId = c.Kind switch
        {
            RecordKind.TeamCase => await c.Scene.CreateTaskAsync(c.Caller),
            RecordKind.OtherCaseload => await c.Scene.CreateTaskAsync(colleague),
            RecordKind.OtherOrganisation => await c.Scene.CreateTaskAsync(stranger),
            _ => Guid.NewGuid(),
        };
        return Route(("taskId", taskId)) with { Body = new { Note = "Done." }, IfMatch = await c.Scene.VersionOfAsync<CaseTask>(taskId) };
    }

    private static async Task<PreparedRequest> UpdateDetailsAsync(MatrixCall c)
    {
        var id = c.Scene.Case(c.Kind).ParticipantId;
        var body = new UpdateParticipantDetailsCommand
        {
            Identity = new ParticipantIdentity { GivenName = "Corrected", FamilyName = "Name" },
            Gender = Gender.Male,
            Nationality = "Testland",
        };
        return Route(("id", id)) with { Body = body, IfMatch = await c.Scene.VersionOfAsync<Offramp.Core.Participants.Participant>(id) };
    }

    /// <summary>The case to act on: a fresh one in <paramref name="stage"/> when the action will succeed and change state, else the shared one.</summary>
    private static async Task<CaseRecords> CaseForAsync(MatrixCall c, Stage stage) =>
        c.ExpectSuccess ? await c.Scene.FreshCaseAsync(c.Kind, stage) : c.Scene.Case(c.Kind);

    private static async Task<PreparedRequest> ScreeningAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Referred);
        var body = new RecordScreeningCommand { Decision = ScreeningDecision.Accepted, Reason = "Suitable.", ScreenedOn = TestWorld.DaysAgo(TestWorld.Days.Screened) };
        return Route(("id", record.ParticipantId), ("referralId", record.ReferralId)) with
        {
            Body = body,
            IfMatch = await c.Scene.VersionOfAsync<Referral>(record.ReferralId),
        };
    }

    private static async Task<PreparedRequest> ConsentAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Screening);
        return Route(("id", record.ParticipantId)) with
        {
            Body = TestWorld.NewConsent(),
            IfMatch = await c.Scene.VersionOfAsync<Offramp.Core.Participants.Participant>(record.ParticipantId),
        };
    }

    private static async Task<PreparedRequest> WithdrawalAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Consented);
        return Route(("id", record.ParticipantId)) with
        {
            Body = new WithdrawConsentCommand { WithdrawnOn = TestWorld.DaysAgo(5), Reason = "Changed their mind." },
            IfMatch = await c.Scene.VersionOfAsync<Offramp.Core.Participants.Participant>(record.ParticipantId),
        };
    }

    private static async Task<PreparedRequest> StageAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Referred);

        // A move the path allows from where the case is: a fresh case is referred, the shared ones are in intervention.
        var to = c.ExpectSuccess ? Stage.Screening : Stage.Transition;
        return Route(("id", record.ParticipantId)) with
        {
            Body = new ChangeStageCommand { ToStage = to, EffectiveOn = TestWorld.DaysAgo(2), Reason = "Next step." },
            IfMatch = await c.Scene.VersionOfAsync<Offramp.Core.Participants.Participant>(record.ParticipantId),
        };
    }

    private static async Task<PreparedRequest> AddTeamMemberAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Referred);

        // Someone who holds the role in the case's program and is not yet on the team.
        var member = c.Kind == RecordKind.OtherOrganisation ? Persona.OtherOrganisationDirector : Persona.Mentor;
        var body = new AddTeamMemberCommand { UserId = c.World.UserId(member), Role = TestWorld.TeamRoleOf(member) };
        return Route(("id", record.ParticipantId)) with { Body = body };
    }

    private static async Task<PreparedRequest> EndTeamMembershipAsync(MatrixCall c)
    {
        var record = await CaseForAsync(c, Stage.Referred);
        var memberId = record.TeamMemberId;
        if (c.ExpectSuccess && memberId == Guid.Empty)
        {
            // A fresh case of the other organisation has nobody on its team yet: its director joins it first.
            memberId = await c.World.AddToTeamAsync(record.ParticipantId, Persona.OtherOrganisationDirector, Persona.OtherOrganisationDirector);
        }

        return Route(("id", record.ParticipantId), ("memberId", memberId)) with { IfMatch = await c.Scene.VersionOfAsync<CaseTeamMember>(memberId) };
    }

    private static JusticeEventCommand Arrest() =>
        new() { Kind = JusticeEventKind.Arrest, OccurredOn = TestWorld.DaysAgo(400), Reference = "Test court" };

    private static async Task<PreparedRequest> CorrectJusticeEventAsync(MatrixCall c)
    {
        var record = c.Scene.Case(c.Kind);
        return Route(("id", record.ParticipantId), ("eventId", record.JusticeEventId)) with
        {
            Body = Arrest(),
            IfMatch = await c.Scene.VersionOfAsync<JusticeEvent>(record.JusticeEventId),
        };
    }

    private static async Task<PreparedRequest> CorrectSessionAsync(MatrixCall c)
    {
        var record = c.Scene.Case(c.Kind);
        var sessionId = record.SessionFor(c.Caller);
        return Route(("id", record.ParticipantId), ("sessionId", sessionId)) with
        {
            Body = TestWorld.NewSession(notes: "Corrected notes."),
            IfMatch = await c.Scene.VersionOfAsync<CaseSession>(sessionId),
        };
    }

    private static async Task<PreparedRequest> GrantRoleAsync(MatrixCall c)
    {
        await ProtectionRecipes.StepUpIfAllowedAsync(c);
        var userId = c.Kind switch
        {
            RecordKind.TeamCase when c.ExpectSuccess => await c.World.CreateUserAsync("Newcomer"),
            RecordKind.TeamCase => c.World.UserId(Persona.Evaluator),
            RecordKind.OtherOrganisation => c.World.UserId(Persona.OtherOrganisationDirector),
            _ => Guid.NewGuid(),
        };
        return Route(("userId", userId)) with { Body = new { Role = Role.Mentor, ProgramId = c.World.SecondProgramId } };
    }

    private static async Task<PreparedRequest> RevokeRoleAsync(MatrixCall c)
    {
        var assignmentId = c.Kind switch
        {
            RecordKind.TeamCase when c.ExpectSuccess => await c.World.GrantRoleAsync(await c.World.CreateUserAsync("Leaver"), Role.Mentor, c.World.SecondProgramId),
            RecordKind.TeamCase => await AssignmentOfAsync(c.World, Persona.Evaluator),
            RecordKind.OtherOrganisation => await AssignmentOfAsync(c.World, Persona.OtherOrganisationDirector),
            _ => Guid.NewGuid(),
        };
        return Route(("assignmentId", assignmentId));
    }

    private static Task<Guid> AssignmentOfAsync(TestWorld world, Persona persona) =>
        world.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.RoleAssignments.Where(r => r.UserId == world.UserId(persona)).Select(r => r.Id)));

    private static ProgramCommand Program(string name) => new() { Name = name, Kind = ProgramKind.Community, Aims = ProgramAims.Deradicalization };

    private static async Task<PreparedRequest> EditProgramAsync(MatrixCall c)
    {
        var programId = c.Kind switch
        {
            RecordKind.TeamCase => c.World.SecondProgramId,
            RecordKind.OtherOrganisation => c.World.OtherProgramId,
            _ => Guid.NewGuid(),
        };
        return Route(("programId", programId)) with { Body = Program("Community exit"), IfMatch = await c.Scene.VersionOfAsync<OfframpProgram>(programId) };
    }
}
