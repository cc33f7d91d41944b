using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Justice;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>The ids a participant endpoint's route can need.</summary>
public sealed record CaseRecords(Guid ParticipantId, string Code, Guid ReferralId, Guid TeamMemberId, Guid JusticeEventId, IReadOnlyDictionary<Persona, Guid> SessionsByAuthor)
{
    /// <summary>A session the persona wrote (so correcting it is theirs to do), else any session of the case.</summary>
    public Guid SessionFor(Persona persona) =>
        SessionsByAuthor.TryGetValue(persona, out var id) ? id : SessionsByAuthor.Values.FirstOrDefault();
}

/// <summary>
/// The records the matrix points at, built once per world: caseworker A's team case, caseworker B's case and a case of
/// the other organisation, each in intervention with a justice event and sessions; plus fresh cases for requests that
/// are expected to succeed and change state (screening, consent, withdrawal, stage, team).
/// </summary>
public sealed class MatrixScene
{
    private readonly Dictionary<RecordKind, CaseRecords> cases = [];

    private MatrixScene(TestWorld world) => World = world;

    public TestWorld World { get; }

    public static async Task<MatrixScene> CreateAsync(TestWorld world)
    {
        var scene = new MatrixScene(world);
        scene.cases[RecordKind.TeamCase] = await scene.BuildAsync(RecordKind.TeamCase,
            [Persona.CaseworkerA, Persona.Mentor, Persona.Psychologist, Persona.FaithCounsellor, Persona.Director],
            [Persona.Mentor, Persona.Psychologist, Persona.FaithCounsellor]);
        scene.cases[RecordKind.OtherCaseload] = await scene.BuildAsync(RecordKind.OtherCaseload, [Persona.CaseworkerB, Persona.Director], []);
        scene.cases[RecordKind.OtherOrganisation] = await scene.BuildAsync(RecordKind.OtherOrganisation, [Persona.OtherOrganisationDirector], [Persona.OtherOrganisationDirector]);
        return scene;
    }

    /// <summary>The shared case of a kind; for <see cref="RecordKind.Nonexistent"/> random ids.</summary>
    public CaseRecords Case(RecordKind kind) => kind == RecordKind.Nonexistent
        ? new CaseRecords(Guid.NewGuid(), "ZZZZ-ZZZZ", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new Dictionary<Persona, Guid> { [Persona.CaseworkerA] = Guid.NewGuid() })
        : cases[kind];

    /// <summary>Who registers (and so runs) cases of a kind.</summary>
    public static Persona OwnerOf(RecordKind kind) => kind switch
    {
        RecordKind.TeamCase => Persona.CaseworkerA,
        RecordKind.OtherCaseload => Persona.CaseworkerB,
        RecordKind.OtherOrganisation => Persona.OtherOrganisationDirector,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No owner."),
    };

    /// <summary>A new case like the shared one of <paramref name="kind"/>, walked to <paramref name="stage"/>; its team member is the registering caseworker, if any.</summary>
    public async Task<CaseRecords> FreshCaseAsync(RecordKind kind, Stage stage)
    {
        var owner = OwnerOf(kind);
        var participant = await World.RegisterParticipantAsync(owner);
        if (stage != Stage.Referred)
        {
            await World.WalkToAsync(participant.Id, stage, owner);
        }

        var member = await TeamMemberOfAsync(participant.Id, owner);
        return new CaseRecords(participant.Id, participant.Code, participant.ReferralId, member, Guid.Empty, new Dictionary<Persona, Guid>());
    }

    /// <summary>The current version of an entity, for If-Match; 1 for ids that do not exist.</summary>
    public async Task<int> VersionOfAsync<T>(Guid id)
        where T : Entity
    {
        var version = await World.DbAsync(db => db.Set<T>().AsNoTracking().Where(e => e.Id == id).Select(e => e.Version).SingleOrDefaultAsync());
        return version == 0 ? 1 : version;
    }

    /// <summary>An open task assigned to <paramref name="assignee"/> alone, as a feature would plan it.</summary>
    public Task<Guid> CreateTaskAsync(Persona assignee) => World.AddTaskAsync(assignee, "Check the access list");

    public Task<Guid> TeamMemberOfAsync(Guid participantId, Persona persona) =>
        World.DbAsync(db => db.CaseTeamMembers.AsNoTracking()
            .Where(m => m.ParticipantId == participantId && m.UserId == World.UserId(persona) && m.Until == null)
            .Select(m => m.Id).SingleOrDefaultAsync());

    private async Task<CaseRecords> BuildAsync(RecordKind kind, Persona[] sessionAuthors, Persona[] addedToTeam)
    {
        var owner = OwnerOf(kind);
        var director = kind == RecordKind.OtherOrganisation ? Persona.OtherOrganisationDirector : Persona.Director;
        var participant = await World.RegisterParticipantAsync(owner);
        foreach (var member in addedToTeam)
        {
            await World.AddToTeamAsync(participant.Id, member, director);
        }

        await World.WalkToAsync(participant.Id, Stage.Intervention, owner);
        var justiceEvent = await World.AddJusticeEventAsync(participant.Id, JusticeEventKind.Arrest, TestWorld.DaysAgo(400), owner);
        var sessions = new Dictionary<Persona, Guid>();
        foreach (var author in sessionAuthors)
        {
            sessions[author] = await World.LogSessionAsync(participant.Id, author);
        }

        var teamMember = await TeamMemberOfAsync(participant.Id, owner);
        return new CaseRecords(participant.Id, participant.Code, participant.ReferralId, teamMember, justiceEvent, sessions);
    }
}
