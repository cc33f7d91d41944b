using System.Collections.Concurrent;
using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.FollowUp;
using Offramp.Core.Justice;
using Offramp.Core.Mentoring;
using Offramp.Core.Network;
using Offramp.Core.Plans;
using Offramp.Core.Stages;
using Offramp.Core.Transfers;
using Offramp.Core.Transition;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>The program-journey records of one shared matrix case (issue #5).</summary>
public sealed record JourneyRecords(Guid PlanId, IReadOnlyList<Guid> GoalIds, Guid AgreementId, Guid TieId, Guid OutcomeId, Guid MentorUserId, Guid IncomingTransferId);

/// <summary>
/// On each shared case of the matrix: a formulation, a plan, a mentoring agreement, a network tie, a transition plan,
/// an outcome and a follow-up schedule; per program kind a transfer waiting for its director. Fresh records for
/// requests that succeed and change state are made on demand.
/// </summary>
public sealed class JourneyScene
{
    private static readonly ConcurrentDictionary<MatrixScene, Lazy<Task<JourneyScene>>> Scenes = new();
    private readonly Dictionary<RecordKind, JourneyRecords> records = [];

    private JourneyScene(MatrixScene scene) => Scene = scene;

    public MatrixScene Scene { get; }

    public TestWorld World => Scene.World;

    public static Task<JourneyScene> ForAsync(MatrixScene scene) =>
        Scenes.GetOrAdd(scene, s => new Lazy<Task<JourneyScene>>(() => CreateAsync(s))).Value;

    public JourneyRecords For(RecordKind kind) => kind == RecordKind.Nonexistent
        ? new JourneyRecords(Guid.NewGuid(), [Guid.NewGuid()], Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid())
        : records[kind];

    public static Persona DirectorOf(RecordKind kind) => kind == RecordKind.OtherOrganisation ? Persona.OtherOrganisationDirector : Persona.Director;

    /// <summary>A case like the shared one of <paramref name="kind"/>, in intervention, with a formulation.</summary>
    public async Task<Guid> FreshCaseAsync(RecordKind kind)
    {
        var id = (await Scene.FreshCaseAsync(kind, Stage.Intervention)).ParticipantId;
        await World.WriteFormulationAsync(id, MatrixScene.OwnerOf(kind));
        return id;
    }

    public async Task<Guid> FreshPlanAsync(RecordKind kind)
    {
        var id = await FreshCaseAsync(kind);
        await World.CreatePlanAsync(id, TestWorld.NewPlan(TestWorld.DaysAgo(10)), MatrixScene.OwnerOf(kind));
        return id;
    }

    /// <summary>A transfer into the program of <paramref name="kind"/> (main, second, other organisation's), proposed and waiting.</summary>
    public async Task<Guid> FreshIncomingTransferAsync(RecordKind kind)
    {
        var (from, target) = kind switch
        {
            RecordKind.TeamCase => (RecordKind.OtherOrganisation, World.ProgramId),
            RecordKind.OtherCaseload => (RecordKind.TeamCase, World.SecondProgramId),
            _ => (RecordKind.TeamCase, World.OtherProgramId),
        };
        var participant = (await Scene.FreshCaseAsync(from, Stage.Intervention)).ParticipantId;
        var command = new ProposeTransferCommand { TargetProgramId = target, Shared = SharedSections.Identity, ConsentedOn = TestWorld.DaysAgo(1), ParticipantAgreed = true, Reason = "Moving." };
        var response = await World.Client(DirectorOf(from)).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/transfers", command).ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    /// <summary>A pending follow-up of the shared case; when all are recorded, the schedule starts again.</summary>
    public async Task<Guid> PendingFollowUpAsync(RecordKind kind)
    {
        var participant = Scene.Case(kind).ParticipantId;
        var pending = await World.DbAsync(db => db.Set<ScheduledFollowUp>().AsNoTracking()
            .Where(f => f.ParticipantId == participant && f.Status == FollowUpStatus.Pending).Select(f => f.Id).FirstOrDefaultAsync());
        return pending != Guid.Empty ? pending : (await World.StartFollowUpsAsync(participant, by: MatrixScene.OwnerOf(kind)))[0];
    }

    private static async Task<JourneyScene> CreateAsync(MatrixScene scene)
    {
        var journey = new JourneyScene(scene);
        var world = scene.World;
        var mentors = new Dictionary<RecordKind, Guid>
        {
            [RecordKind.TeamCase] = world.UserId(Persona.Mentor),
            [RecordKind.OtherCaseload] = await MentorUserAsync(world, world.OrganisationId, world.ProgramId),
            [RecordKind.OtherOrganisation] = await MentorUserAsync(world, world.OtherOrganisationId, world.OtherProgramId),
        };
        foreach (var (kind, mentor) in mentors)
        {
            var program = kind == RecordKind.OtherOrganisation ? world.OtherProgramId : world.ProgramId;
            var profile = new MentorProfileCommand { UserId = mentor, ProgramId = program, Background = MentorBackground.Professional, Languages = "English", Capacity = 20 };
            await world.Client(DirectorOf(kind)).SendJsonAsync(HttpMethod.Put, "/api/v1/mentors", profile).ExpectAsync(HttpStatusCode.OK);
        }

        foreach (var kind in mentors.Keys)
        {
            journey.records[kind] = await journey.BuildAsync(kind, mentors[kind]);
        }

        return journey;
    }

    private async Task<JourneyRecords> BuildAsync(RecordKind kind, Guid mentorUserId)
    {
        var owner = MatrixScene.OwnerOf(kind);
        var client = World.Client(owner);
        var participant = Scene.Case(kind).ParticipantId;
        var url = $"/api/v1/participants/{participant}";
        await World.CreatePlanAsync(participant, TestWorld.NewPlan(TestWorld.DaysAgo(30)), owner);
        var plan = await World.GetPlanAsync(participant, owner);
        var agreement = await (await client.SendJsonAsync(HttpMethod.Post, $"{url}/mentoring-agreements", TestWorld.NewAgreement(mentorUserId, TestWorld.DaysAgo(20)))
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        var tie = await (await client.SendJsonAsync(HttpMethod.Post, $"{url}/network",
            new NetworkTieCommand { Relation = TieRelation.Friend, Description = "School friend", Assessment = TieAssessment.PositiveResource }).ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        await client.SendJsonAsync(HttpMethod.Post, $"{url}/transition", Transition()).ExpectAsync(HttpStatusCode.Created);
        var outcome = await World.RecordOutcomeAsync(participant, TestWorld.NewOutcome(Offramp.Core.Outcomes.OutcomeType.Employment, TestWorld.DaysAgo(3)), owner);
        // The release starts the follow-up schedule by itself.
        await World.AddJusticeEventAsync(participant, JusticeEventKind.ActualRelease, TestWorld.DaysAgo(50), owner);
        return new JourneyRecords(plan.Id, [.. plan.Goals.Select(g => g.Id)], agreement, tie, outcome, mentorUserId, await FreshIncomingTransferAsync(kind));
    }

    public static TransitionPlanCommand Transition() => new()
    {
        Housing = ArrangementStatus.InProgress,
        WorkOrEducation = ArrangementStatus.NotStarted,
        IdentityDocuments = ArrangementStatus.Arranged,
        Health = ArrangementStatus.NotNeeded,
        Threat = ThreatLevel.Low,
        ThreatAssessedOn = TestWorld.DaysAgo(5),
        SafeLocation = "Flat above the bakery",
    };

    private static async Task<Guid> MentorUserAsync(TestWorld world, Guid organisationId, Guid programId)
    {
        var user = await world.CreateUserAsync("Matrix mentor", organisationId);
        await world.GrantRoleAsync(user, Role.Mentor, programId, organisationId);
        return user;
    }
}
