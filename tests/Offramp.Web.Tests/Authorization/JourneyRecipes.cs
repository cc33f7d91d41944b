using System.Net;

using Offramp.Core.Aftercare;
using Offramp.Core.Closure;
using Offramp.Core.FollowUp;
using Offramp.Core.Mentoring;
using Offramp.Core.Network;
using Offramp.Core.Outcomes;
using Offramp.Core.Plans;
using Offramp.Core.Transfers;
using Offramp.Core.Transition;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Valid requests for the program-journey endpoints (issue #5), merged into <see cref="EndpointRecipes.All"/>.</summary>
public static class JourneyRecipes
{
    private const string Participant = "/api/v1/participants/{id:guid}";

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        ["GET /api/v1/catalogue/templates"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["GET /api/v1/catalogue/programs"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/catalogue/templates"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = Template() })),
        ["POST /api/v1/catalogue/templates/shipped"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["PUT /api/v1/admin/programs/{programId:guid}/settings"] = new(RecordType.AdminProgram, HttpStatusCode.NoContent, c => Done(Route(("programId", SettingsProgram(c))) with { Body = new { } })),

        [$"GET {Participant}/formulation"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/formulation"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Case(c) with { Body = TestWorld.NewFormulation() })),
        [$"GET {Participant}/plan"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"GET {Participant}/plan/proposal"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/plan"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
            Route(("id", c.ExpectSuccess ? await (await SceneAsync(c)).FreshCaseAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId)) with { Body = TestWorld.NewPlan(TestWorld.DaysAgo(5)) }),
        [$"POST {Participant}/plan/reviews"] = new(RecordType.Participant, HttpStatusCode.Created, async c => Case(c) with
        {
            Body = new ReviewPlanCommand { ReviewedOn = TestWorld.DaysAgo(1), Progress = (await RecordsAsync(c)).GoalIds.ToDictionary(g => g, _ => GoalProgressRating.SomeProgress) },
        }),
        [$"POST {Participant}/plan/{{planId:guid}}/closure"] = new(RecordType.Participant, HttpStatusCode.NoContent, ClosePlanAsync),
        [$"POST {Participant}/closure"] = new(RecordType.Participant, HttpStatusCode.NoContent, CloseCaseAsync),

        ["GET /api/v1/mentors/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["GET /api/v1/mentors/choices"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["PUT /api/v1/mentors/"] = new(RecordType.Program, HttpStatusCode.OK, async c => PreparedRequest.Plain with { Body = await MentorProfileAsync(c) }),
        [$"GET {Participant}/mentor-suggestions"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"GET {Participant}/mentoring-agreements"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/mentoring-agreements"] = new(RecordType.Participant, HttpStatusCode.Created, MatchAsync),
        [$"POST {Participant}/mentoring-agreements/{{agreementId:guid}}/reviews"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
        {
            var r = await RecordsAsync(c);
            return Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("agreementId", r.AgreementId)) with
            {
                Body = new ReviewAgreementCommand { ReviewedOn = TestWorld.DaysAgo(1), Decision = AgreementDecision.Continued },
                IfMatch = await c.Scene.VersionOfAsync<MentoringAgreement>(r.AgreementId),
            };
        }),
        [$"POST {Participant}/transfers"] = new(RecordType.Participant, HttpStatusCode.Created, ProposeTransferAsync),
        [$"POST {Participant}/transfers/preview"] = new(RecordType.Participant, HttpStatusCode.OK, ProposeTransferAsync),
        [$"GET {Participant}/transfers"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"GET {Participant}/transfer-targets"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        ["GET /api/v1/transfers/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/transfers/{transferId:guid}/decision"] = new(RecordType.Program, HttpStatusCode.OK, DecideTransferAsync),

        [$"GET {Participant}/network/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/network/"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Case(c) with { Body = Tie() })),
        [$"PUT {Participant}/network/{{tieId:guid}}"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
        {
            var r = await RecordsAsync(c);
            return Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("tieId", r.TieId)) with { Body = Tie(), IfMatch = await c.Scene.VersionOfAsync<NetworkTie>(r.TieId) };
        }),

        [$"GET {Participant}/transition"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/transition"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
            Route(("id", c.ExpectSuccess ? await (await SceneAsync(c)).FreshCaseAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId)) with { Body = JourneyScene.Transition() }),
        [$"PUT {Participant}/transition"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
        {
            var id = c.Scene.Case(c.Kind).ParticipantId;
            var version = await c.World.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                db.Set<TransitionPlan>().Where(t => t.ParticipantId == id).Select(t => t.Version)));
            return Route(("id", id)) with { Body = JourneyScene.Transition(), IfMatch = version == 0 ? 1 : version };
        }),
        [$"POST {Participant}/aftercare-tasks"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Case(c) with
        {
            Body = new AftercareTaskCommand
            {
                Area = AftercareArea.Housing,
                Title = "Housing office appointment",
                OwnerUserId = c.Kind == RecordKind.Nonexistent ? Guid.NewGuid() : c.World.UserId(MatrixScene.OwnerOf(c.Kind)),
                DueOn = TestWorld.Today.AddDays(10),
            },
        })),

        [$"GET {Participant}/follow-ups/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/follow-ups/schedule"] = new(RecordType.Participant, HttpStatusCode.Created, ScheduleAsync),
        [$"POST {Participant}/follow-ups/{{followUpId:guid}}/record"] = new(RecordType.Participant, HttpStatusCode.NoContent, RecordFollowUpAsync),

        [$"GET {Participant}/outcomes/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(Case(c))),
        [$"POST {Participant}/outcomes/"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(Case(c) with { Body = TestWorld.NewOutcome(OutcomeType.Housing, TestWorld.DaysAgo(2)) })),
        [$"POST {Participant}/outcomes/{{outcomeId:guid}}/retraction"] = new(RecordType.Participant, HttpStatusCode.NoContent, RetractAsync),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));

    private static PreparedRequest Case(MatrixCall c) => Route(("id", c.Scene.Case(c.Kind).ParticipantId));

    private static Task<JourneyScene> SceneAsync(MatrixCall c) => JourneyScene.ForAsync(c.Scene);

    private static async Task<JourneyRecords> RecordsAsync(MatrixCall c) => (await SceneAsync(c)).For(c.Kind);

    /// <summary>The second program stands for the main organisation, so the main program keeps its default settings.</summary>
    /// <summary>The main program (its director's and the admin's), the other organisation's (its director's), or nothing that exists.</summary>
    private static Guid SettingsProgram(MatrixCall c) => c.Kind switch
    {
        RecordKind.TeamCase => c.World.ProgramId,
        RecordKind.OtherOrganisation => c.World.OtherProgramId,
        _ => Guid.NewGuid(),
    };

    private static NetworkTieCommand Tie() => new() { Relation = TieRelation.Community, Description = "Football coach", Assessment = TieAssessment.PositiveResource };

    private static object Template() => new
    {
        Key = "matrix-template",
        Name = "Matrix template",
        Modules = new[] { new { Name = "Module one", Kind = "Module", ExpectedSessions = 4, ExpectedMinutes = 240 } },
    };

    private static async Task<MentorProfileCommand> MentorProfileAsync(MatrixCall c)
    {
        var r = await RecordsAsync(c);
        var program = c.Kind switch
        {
            RecordKind.TeamCase => c.World.ProgramId,
            RecordKind.OtherCaseload => c.World.SecondProgramId,
            RecordKind.OtherOrganisation => c.World.OtherProgramId,
            _ => Guid.NewGuid(),
        };
        var mentor = c.Kind == RecordKind.OtherCaseload ? (await SceneAsync(c)).For(RecordKind.TeamCase).MentorUserId : r.MentorUserId;
        return new MentorProfileCommand { UserId = mentor, ProgramId = program, Background = MentorBackground.Professional, Languages = "English", Capacity = 20 };
    }

    private static async Task<PreparedRequest> ClosePlanAsync(MatrixCall c)
    {
        var participant = c.ExpectSuccess ? await (await SceneAsync(c)).FreshPlanAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId;
        var planId = c.ExpectSuccess
            ? await c.World.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Set<InterventionPlan>().Where(p => p.ParticipantId == participant).Select(p => p.Id)))
            : (await RecordsAsync(c)).PlanId;
        return Route(("id", participant), ("planId", planId)) with
        {
            Body = new ClosePlanCommand { Completed = true, ClosedOn = TestWorld.DaysAgo(1), Reason = "Goals reached." },
            IfMatch = await c.Scene.VersionOfAsync<InterventionPlan>(planId),
        };
    }

    private static async Task<PreparedRequest> CloseCaseAsync(MatrixCall c)
    {
        var participant = c.ExpectSuccess ? await (await SceneAsync(c)).FreshCaseAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId;
        return Route(("id", participant)) with
        {
            Body = new CloseCaseCommand { Reason = ClosureReason.Completed, Note = "Completed the program.", ClosedOn = TestWorld.DaysAgo(1) },
            IfMatch = await c.Scene.VersionOfAsync<Offramp.Core.Participants.Participant>(participant),
        };
    }

    private static async Task<PreparedRequest> MatchAsync(MatrixCall c)
    {
        var participant = c.ExpectSuccess ? await (await SceneAsync(c)).FreshCaseAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId;
        return Route(("id", participant)) with { Body = TestWorld.NewAgreement((await RecordsAsync(c)).MentorUserId, TestWorld.DaysAgo(5)) };
    }

    private static async Task<PreparedRequest> ProposeTransferAsync(MatrixCall c)
    {
        var participant = c.ExpectSuccess ? await (await SceneAsync(c)).FreshCaseAsync(c.Kind) : c.Scene.Case(c.Kind).ParticipantId;
        var target = c.Kind == RecordKind.OtherOrganisation ? c.World.ProgramId : c.World.SecondProgramId;
        return Route(("id", participant)) with
        {
            Body = new ProposeTransferCommand { TargetProgramId = target, Shared = SharedSections.Plan, ConsentedOn = TestWorld.DaysAgo(1), ParticipantAgreed = true, Reason = "Moving." },
        };
    }

    private static async Task<PreparedRequest> DecideTransferAsync(MatrixCall c)
    {
        var scene = await SceneAsync(c);
        var transfer = c.ExpectSuccess ? await scene.FreshIncomingTransferAsync(c.Kind) : scene.For(c.Kind).IncomingTransferId;
        return Route(("transferId", transfer)) with
        {
            Body = new TransferDecisionCommand { Accept = false, Reason = "No capacity." },
            IfMatch = await c.Scene.VersionOfAsync<ParticipantTransfer>(transfer),
        };
    }

    private static async Task<PreparedRequest> ScheduleAsync(MatrixCall c)
    {
        var participant = c.Scene.Case(c.Kind).ParticipantId;
        if (c.ExpectSuccess)
        {
            participant = await (await SceneAsync(c)).FreshCaseAsync(c.Kind);
        }

        return Route(("id", participant)) with { Body = new StartFollowUpScheduleCommand { CompletedOn = TestWorld.DaysAgo(1) } };
    }

    private static async Task<PreparedRequest> RecordFollowUpAsync(MatrixCall c)
    {
        var followUp = c.Kind == RecordKind.Nonexistent ? Guid.NewGuid() : await (await SceneAsync(c)).PendingFollowUpAsync(c.Kind);
        return Route(("id", c.Scene.Case(c.Kind).ParticipantId), ("followUpId", followUp)) with
        {
            Body = new RecordFollowUpCommand { ContactedOn = TestWorld.DaysAgo(1), ContactMade = true, Source = InformationSource.Participant, Findings = "Doing well." },
            IfMatch = await c.Scene.VersionOfAsync<ScheduledFollowUp>(followUp),
        };
    }

    private static async Task<PreparedRequest> RetractAsync(MatrixCall c)
    {
        var participant = c.Scene.Case(c.Kind).ParticipantId;
        var outcome = c.ExpectSuccess
            ? await c.World.RecordOutcomeAsync(participant, TestWorld.NewOutcome(OutcomeType.Education, TestWorld.DaysAgo(4)), MatrixScene.OwnerOf(c.Kind))
            : (await RecordsAsync(c)).OutcomeId;
        return Route(("id", participant), ("outcomeId", outcome)) with
        {
            Body = new RetractOutcomeCommand { Reason = "Recorded in error." },
            IfMatch = await c.Scene.VersionOfAsync<OutcomeEvent>(outcome),
        };
    }
}

/// <summary>Issue #5's rule for mentoring agreements: the mentor of the team case's agreement reviews it besides the case managers.</summary>
public static class JourneyOracle
{
    public static bool MentorsOn(RecordKind kind, Persona persona) => kind == RecordKind.TeamCase && persona == Persona.Mentor;
}
