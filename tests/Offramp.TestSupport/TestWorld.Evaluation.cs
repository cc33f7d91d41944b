using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.TestSupport;

/// <summary>A participant as evaluation sees them: coded facts, a release (or the justice event <see cref="ReleaseKind"/> that starts their time at risk), how they left, and dated outcomes.</summary>
public sealed record EvaluationCase(
    Gender Gender = Gender.Male,
    int? YearOfBirth = 1990,
    ReferralSource Source = ReferralSource.SecurityStaff,
    int ReferredDaysAgo = 1500,
    int? ReleasedDaysAgo = 1000,
    Stage Stage = Stage.FollowUp,
    bool EvaluationConsent = true,
    IReadOnlyList<(OutcomeType Type, int DaysAgo)>? Outcomes = null,
    JusticeEventKind ReleaseKind = JusticeEventKind.ActualRelease);

public sealed partial class TestWorld
{
    /// <summary>
    /// A new program of the main organisation that only the director and the evaluator personas hold a role in, so
    /// an evaluation test sees exactly the participants it adds.
    /// </summary>
    public async Task<Guid> CreateEvaluationProgramAsync(string name, ProgramKind kind = ProgramKind.Prison)
    {
        var programId = await DbAsync(async db =>
        {
            var program = new OfframpProgram { OrganisationId = OrganisationId, Name = $"{name} {Guid.NewGuid():N}", Kind = kind, Aims = ProgramAims.Rehabilitation };
            db.Programs.Add(program);
            db.Audit.Record(AuditActions.Create, AuditEntities.Program, program.Id);
            await db.SaveChangesAsync();
            return program.Id;
        });
        await GrantRoleAsync(UserId(Persona.Director), Role.ProgramDirector, programId);
        await GrantRoleAsync(UserId(Persona.Evaluator), Role.Evaluator, programId);
        return programId;
    }

    /// <summary>
    /// Adds participants straight to the tables with their referral, stage history, release and outcomes: evaluation
    /// reads only these coded rows, and building dozens of cases through the API would test the API, not evaluation.
    /// </summary>
    public Task<IReadOnlyList<Guid>> AddEvaluationCasesAsync(Guid programId, IEnumerable<EvaluationCase> cases, Guid? organisationId = null) => DbAsync<IReadOnlyList<Guid>>(async db =>
    {
        var ids = new List<Guid>();
        var by = UserId(Persona.Director);
        foreach (var c in cases)
        {
            var participant = new Participant
            {
                OrganisationId = organisationId ?? OrganisationId,
                ProgramId = programId,
                Code = ParticipantCodes.New(),
                Stage = c.Stage,
                Gender = c.Gender,
                YearOfBirth = c.YearOfBirth,
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-c.ReferredDaysAgo),
                CreatedByUserId = by,
                EvaluationConsent = c.EvaluationConsent,
            };
            db.Participants.Add(participant);
            db.Referrals.Add(new Referral { ParticipantId = participant.Id, Source = c.Source, ReferredOn = DaysAgo(c.ReferredDaysAgo), Referrer = "test", RecordedByUserId = by });
            db.StageChanges.Add(new StageChange { ParticipantId = participant.Id, ToStage = c.Stage, EffectiveOn = DaysAgo(c.ReferredDaysAgo - 10), Reason = "test", ChangedByUserId = by, RecordedAt = DateTimeOffset.UtcNow });
            if (c.ReleasedDaysAgo is { } released)
            {
                db.JusticeEvents.Add(new JusticeEvent { ParticipantId = participant.Id, Kind = c.ReleaseKind, OccurredOn = DaysAgo(released), RecordedByUserId = by });
            }

            foreach (var (type, daysAgo) in c.Outcomes ?? [])
            {
                db.Set<OutcomeEvent>().Add(new OutcomeEvent
                {
                    ParticipantId = participant.Id,
                    Type = type,
                    OccurredOn = DaysAgo(daysAgo),
                    Source = InformationSource.Court,
                    Confidence = OutcomeConfidence.ConfirmedByRecord,
                    RecordedByUserId = by,
                    RecordedAt = DateTimeOffset.UtcNow,
                });
            }

            ids.Add(participant.Id);
        }

        db.Audit.Record(AuditActions.Create, AuditEntities.Participant, null, null, $"{ids.Count} evaluation test cases");
        await db.SaveChangesAsync();
        return ids;
    });
}
