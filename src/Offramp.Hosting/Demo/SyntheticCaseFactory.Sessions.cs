using Offramp.Core.Access;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>Sessions of one synthetic participant, between consent and the last day of active work.</summary>
internal sealed partial class SyntheticCaseFactory
{
    private void AddSessions(SyntheticCase c, DemoProgramModel program, Guid caseworker, DateOnly activeUntil)
    {
        if (c.Consents.Count == 0)
        {
            return;
        }

        var start = c.Consents[0].GivenOn;
        var end = c.Consents[0].WithdrawnOn ?? activeUntil;
        if (program.Key == DemoProgramCatalogue.Entre && c.Stages.FirstOrDefault(s => s.ToStage == Stage.Intervention) is { } intervention)
        {
            AddEntreCourse(c, caseworker, intervention.EffectiveOn, end);
            return;
        }

        var count = random.Next(2, 9);
        for (var i = 0; i < count; i++)
        {
            var heldOn = start.AddDays(random.Next(0, Math.Max(1, end.DayNumber - start.DayNumber)));
            var clinical = random.NextDouble() < 0.15 && c.Team.Any(t => t.Role == Role.Psychologist);
            var kind = clinical ? SessionKind.Psychological : (SessionKind)random.Next(0, 7) is var k && k == SessionKind.Psychological ? SessionKind.OneToOne : k;
            var session = AddSession(c, heldOn, random.Next(4, 13) * 10, kind, clinical ? c.Team.First(t => t.Role == Role.Psychologist).UserId : caseworker);
            if (program.Key == DemoProgramCatalogue.HealthyIdentity)
            {
                AddFacilitators(c, session, caseworker);
            }
        }
    }

    /// <summary>Healthy Identity Intervention sessions are led by one or two facilitators: the caseworker, and often a psychologist of the team.</summary>
    private void AddFacilitators(SyntheticCase c, CaseSession session, Guid caseworker)
    {
        c.SessionAttendees.Add(new SessionAttendee { SessionId = session.Id, UserId = caseworker, Facilitator = true });
        if (c.Team.FirstOrDefault(t => t.Role == Role.Psychologist && t.UserId != caseworker && t.From <= session.HeldOn) is { } second && random.NextDouble() < 0.5)
        {
            c.SessionAttendees.Add(new SessionAttendee { SessionId = session.Id, UserId = second.UserId, Facilitator = true });
        }
    }

    /// <summary>Entré's cadence: twice a week, 60 to 90 minutes, about 50 sessions, from the start of treatment.</summary>
    private void AddEntreCourse(SyntheticCase c, Guid caseworker, DateOnly from, DateOnly end)
    {
        var planned = random.Next(46, 55);
        var heldOn = from;
        for (var i = 0; i < planned && heldOn <= end; i++)
        {
            // About one planned session in ten is missed.
            if (random.NextDouble() >= 0.1)
            {
                AddSession(c, heldOn, random.Next(6, 10) * 10, SessionKind.OneToOne, caseworker);
            }

            heldOn = heldOn.AddDays(i % 2 == 0 ? 3 : 4);
        }
    }

    private CaseSession AddSession(SyntheticCase c, DateOnly heldOn, int minutes, SessionKind kind, Guid recordedBy)
    {
        var session = new CaseSession
        {
            ParticipantId = c.Participant.Id,
            HeldOn = heldOn,
            DurationMinutes = minutes,
            Kind = kind,
            Confidentiality = kind == SessionKind.Psychological ? ConfidentialityClass.Clinical : ConfidentialityClass.Standard,
            RecordedByUserId = recordedBy,
            RecordedAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
        };
        session.NotesSealed = cipher.Seal(
            $"Discussed {Topics[random.Next(Topics.Length)]}; participant {Reactions[random.Next(Reactions.Length)]}. Agreed to {NextSteps[random.Next(NextSteps.Length)]}.",
            session.Id, "Notes");
        c.Sessions.Add(session);
        return session;
    }
}
