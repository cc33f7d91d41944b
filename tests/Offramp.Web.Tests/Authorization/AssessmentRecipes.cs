using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Scheduling;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Valid requests for the assessment and instrument endpoints (issue #4), merged into <see cref="EndpointRecipes.All"/>.</summary>
public static class AssessmentRecipes
{
    private const string Participant = "/api/v1/participants/{id:guid}";
    private const string Assessment = Participant + "/assessments/{assessmentId:guid}";
    private const string Program = "/api/v1/programs/{programId:guid}";

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        ["GET /api/v1/instruments/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["GET /api/v1/instruments/{instrumentId:guid}"] = new(RecordType.None, HttpStatusCode.OK, OwnInstrumentAsync),
        ["POST /api/v1/admin/instruments"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = TestWorld.OpenInstrument() })),
        ["POST /api/v1/admin/instruments/{instrumentId:guid}/publication"] = new(RecordType.AdminInstrument, HttpStatusCode.NoContent, PublishAsync),
        ["POST /api/v1/admin/certifications"] = new(RecordType.None, HttpStatusCode.Created, c => Done(PreparedRequest.Plain with
        {
            Body = new { UserId = c.World.UserId(Persona.Psychologist), InstrumentName = "Licensed tool", CertifiedOn = TestWorld.DaysAgo(10), ValidUntil = TestWorld.Today.AddYears(1) },
        })),
        ["GET /api/v1/admin/certifications"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        [$"GET {Program}/assessment-settings"] = new(RecordType.Program, HttpStatusCode.OK, c => Done(Route(("programId", ProgramOf(c))))),
        [$"PUT {Program}/assessment-settings"] = new(RecordType.Program, HttpStatusCode.NoContent, SettingsAsync),
        [$"GET {Program}/assessment-agreement"] = new(RecordType.Program, HttpStatusCode.OK, AgreementAsync),

        [$"GET {Participant}/assessments"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)))),
        [$"POST {Participant}/assessments"] = new(RecordType.Participant, HttpStatusCode.Created, OpenAsync),
        [$"GET {Assessment}"] = new(RecordType.Participant, HttpStatusCode.OK, async c => Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("assessmentId", (await RecordsAsync(c)).OpenAssessmentId))),
        [$"POST {Assessment}/ratings"] = new(RecordType.Participant, HttpStatusCode.Created, RateAsync),
        [$"POST {Assessment}/consensus"] = new(RecordType.Participant, HttpStatusCode.NoContent, ConsensusAsync),
        [$"GET {Participant}/assessments/changes"] = new(RecordType.Participant, HttpStatusCode.OK, async c =>
        {
            var r = await RecordsAsync(c);
            return Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with { Query = $"from={r.FirstAgreedId}&to={r.SecondAgreedId}" };
        }),
        [$"GET {Participant}/assessments/trajectory"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)))),
        [$"GET {Participant}/observations"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)))),
        [$"POST {Participant}/observations"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with
        {
            Body = new { ObservedOn = TestWorld.DaysAgo(3), Source = "Staff", Reliability = "Probable", Description = "Calm on the wing all week." },
        })),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));

    private static async Task<AssessmentRecords> RecordsAsync(MatrixCall c) => (await AssessmentScene.ForAsync(c.Scene)).For(c.Kind);

    /// <summary>Programs by kind: the main program (its director and evaluator), the second one (directed by no persona), the other organisation's.</summary>
    private static Guid ProgramOf(MatrixCall c) => c.Kind switch
    {
        RecordKind.TeamCase => c.World.ProgramId,
        RecordKind.OtherCaseload => c.World.SecondProgramId,
        RecordKind.OtherOrganisation => c.World.OtherProgramId,
        _ => Guid.NewGuid(),
    };

    private static async Task<PreparedRequest> OwnInstrumentAsync(MatrixCall c)
    {
        var scene = await AssessmentScene.ForAsync(c.Scene);
        var kind = c.Caller == Persona.OtherOrganisationDirector ? RecordKind.OtherOrganisation : RecordKind.TeamCase;
        return Route(("instrumentId", scene.For(kind).InstrumentId));
    }

    private static async Task<PreparedRequest> PublishAsync(MatrixCall c)
    {
        var scene = await AssessmentScene.ForAsync(c.Scene);
        var id = c.Kind switch
        {
            RecordKind.TeamCase when c.ExpectSuccess => await c.World.ImportInstrumentAsync(TestWorld.OpenInstrument(), publish: false),
            RecordKind.TeamCase => scene.Draft,
            RecordKind.OtherOrganisation => scene.OtherOrganisationDraft,
            _ => Guid.NewGuid(),
        };
        return Route(("instrumentId", id)) with { IfMatch = await c.Scene.VersionOfAsync<InstrumentVersion>(id) };
    }

    private static async Task<PreparedRequest> SettingsAsync(MatrixCall c)
    {
        var programId = ProgramOf(c);
        var version = await c.World.DbAsync(db => db.Set<ProgramAssessmentSettings>().AsNoTracking().Where(s => s.ProgramId == programId).Select(s => s.Version).SingleOrDefaultAsync());
        return Route(("programId", programId)) with
        {
            Body = new { MentorsMayRate = false, CaseworkersMayRate = false, Rhythms = new[] { new { InstrumentName = "Open Pathways Review", Label = "full review", IntervalDays = 91 } } },
            IfMatch = version,
        };
    }

    private static async Task<PreparedRequest> AgreementAsync(MatrixCall c)
    {
        var scene = await AssessmentScene.ForAsync(c.Scene);
        var name = scene.For(c.Kind == RecordKind.OtherOrganisation ? RecordKind.OtherOrganisation : RecordKind.TeamCase).InstrumentName;
        return Route(("programId", ProgramOf(c))) with { Query = $"instrument={Uri.EscapeDataString(name)}" };
    }

    private static async Task<PreparedRequest> OpenAsync(MatrixCall c)
    {
        var r = await RecordsAsync(c);
        return Route(("id", c.Scene.Case(c.Kind).ParticipantId)) with { Body = new { r.InstrumentId, Kind = "Event", Event = "Incident", AssessedOn = TestWorld.DaysAgo(1) } };
    }

    private static async Task<PreparedRequest> RateAsync(MatrixCall c)
    {
        var scene = await AssessmentScene.ForAsync(c.Scene);

        // A rater submits once: a call expected to succeed gets an assessment of its own.
        var id = c.ExpectSuccess ? await scene.FreshAssessmentAsync(c.Kind, rated: false) : scene.For(c.Kind).OpenAssessmentId;
        return Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("assessmentId", id)) with { Body = TestWorld.Ratings() };
    }

    private static async Task<PreparedRequest> ConsensusAsync(MatrixCall c)
    {
        var scene = await AssessmentScene.ForAsync(c.Scene);
        var id = c.ExpectSuccess ? await scene.FreshAssessmentAsync(c.Kind, rated: true) : scene.For(c.Kind).OpenAssessmentId;
        return Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("assessmentId", id)) with
        {
            Body = TestWorld.Consensus(),
            IfMatch = await scene.AssessmentVersionAsync(id),
        };
    }
}
