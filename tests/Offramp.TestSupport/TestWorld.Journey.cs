using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Formulation;
using Offramp.Core.Mentoring;
using Offramp.Core.Outcomes;
using Offramp.Core.Plans;
using Offramp.Core.Stages;

namespace Offramp.TestSupport;

/// <summary>Steps of the program journey through the API: formulation, plan, mentor, follow-ups, outcomes.</summary>
public sealed partial class TestWorld
{
    /// <summary>A participant of <paramref name="owner"/> in intervention, ready for formulation and plan.</summary>
    public async Task<RegisteredParticipant> ParticipantInInterventionAsync(Persona owner = Persona.CaseworkerA)
    {
        var participant = await RegisterParticipantAsync(owner);
        await WalkToAsync(participant.Id, Stage.Intervention, owner);
        return participant;
    }

    public static FormulationContent NewFormulation(string needs = "Belonging and significance.") => new()
    {
        Needs = needs,
        Narratives = "Grievance about discrimination.",
        Networks = "Old friends still in the group; a supportive sister.",
        PushFactors = "Disillusion with the leaders.",
        PullFactors = "A job offer, a new relationship.",
        Strengths = "Motivated for work; good at football.",
    };

    public async Task<Guid> WriteFormulationAsync(Guid participantId, Persona by = Persona.CaseworkerA, FormulationContent? content = null)
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/formulation", content ?? NewFormulation())
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public static CreatePlanCommand NewPlan(DateOnly startedOn, params string[] modules) => new()
    {
        StartedOn = startedOn,
        Incentives = "Day release for work training.",
        Goals =
        [
            new GoalCommand { Description = "Find work or training.", Area = FormulationArea.Needs },
            new GoalCommand { Description = "Reduce contact with the old group.", Area = FormulationArea.Networks },
        ],
        Modules = [.. modules.Select(m => new ModuleCommand { Name = m, ExpectedSessions = 10, ExpectedMinutes = 600 })],
    };

    /// <summary>Writes a formulation (if none) and a plan; returns the plan id.</summary>
    public async Task<Guid> CreatePlanAsync(Guid participantId, CreatePlanCommand? command = null, Persona by = Persona.CaseworkerA)
    {
        if (!await DbAsync(db => db.Set<CaseFormulation>().AnyAsync(f => f.ParticipantId == participantId)))
        {
            await WriteFormulationAsync(participantId, by);
        }

        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/plan", command ?? NewPlan(DaysAgo(10), "Mentoring"))
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public async Task<PlanView> GetPlanAsync(Guid participantId, Persona by = Persona.CaseworkerA)
    {
        var response = await Client(by).GetAsync($"/api/v1/participants/{participantId}/plan").ExpectAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync<PlanView>();
    }

    /// <summary>The director puts the mentor persona in the main program's registry (trained, Arabic and English).</summary>
    public async Task RegisterMentorAsync(Persona mentor = Persona.Mentor, int capacity = 5)
    {
        var command = new MentorProfileCommand
        {
            UserId = UserId(mentor),
            ProgramId = ProgramId,
            Background = MentorBackground.Former,
            Languages = "English, Arabic",
            TrainingCourse = "Mentor training year",
            TrainingStartedOn = DaysAgo(500),
            TrainingCompletedOn = DaysAgo(135),
            Capacity = capacity,
        };
        await Client(Persona.Director).SendJsonAsync(HttpMethod.Put, "/api/v1/mentors", command).ExpectAsync(HttpStatusCode.OK);
    }

    public static MatchMentorCommand NewAgreement(Guid mentorUserId, DateOnly startedOn) => new()
    {
        MentorUserId = mentorUserId,
        MatchReasons = "Shared language; mentor left the same movement.",
        Goals = "Meet weekly; plan for work after release.",
        MeetingsPerMonth = 4,
        StartedOn = startedOn,
    };

    /// <summary>Registers the mentor (if needed) and matches them to the participant; returns the agreement id.</summary>
    public async Task<Guid> MatchMentorAsync(Guid participantId, DateOnly startedOn, Persona by = Persona.CaseworkerA)
    {
        if (!await DbAsync(db => db.Set<MentorProfile>().AnyAsync(m => m.UserId == UserId(Persona.Mentor) && m.ProgramId == ProgramId)))
        {
            await RegisterMentorAsync();
        }

        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/mentoring-agreements", NewAgreement(UserId(Persona.Mentor), startedOn))
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public static RecordOutcomeCommand NewOutcome(OutcomeType type, DateOnly occurredOn, OutcomeConfidence confidence = OutcomeConfidence.Reported) => new()
    {
        Type = type,
        OccurredOn = occurredOn,
        Source = InformationSource.ProbationService,
        Confidence = confidence,
        Details = "Told by the probation officer.",
    };

    public async Task<Guid> RecordOutcomeAsync(Guid participantId, RecordOutcomeCommand command, Persona by = Persona.CaseworkerA)
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/outcomes", command).ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    /// <summary>Starts the follow-up schedule from the timeline (or <paramref name="completedOn"/>); returns the follow-up ids.</summary>
    public async Task<Guid[]> StartFollowUpsAsync(Guid participantId, DateOnly? completedOn = null, Persona by = Persona.CaseworkerA)
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/follow-ups/schedule", new { CompletedOn = completedOn })
            .ExpectAsync(HttpStatusCode.Created);
        return (await response.ReadJsonAsync<ScheduleCreated>()).Ids;
    }

    private sealed record ScheduleCreated(Guid[] Ids);
}
