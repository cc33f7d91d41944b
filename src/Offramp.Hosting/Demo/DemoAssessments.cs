using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Observations;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Security;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Assessments for the demo: the open Pro-Integration/3N instrument published in the demo organisation, the prison
/// program's rhythm (full review every 91 days), and for the first demo cases the psychologist and the faith counsellor
/// on the team with an agreed baseline, an agreed review that changed, and one open assessment rated by the psychologist
/// only, so the counsellor can rate it blind and the team reach consensus.
/// </summary>
internal sealed class DemoAssessments(OfframpDbContext db, FieldCipher cipher, IClock clock)
{
    private const int AssessedCases = 3;

    public async Task SeedAsync(DemoWorld world, CancellationToken ct)
    {
        // Once per organisation: the prison program's rhythm is the mark that this part of the demo is there.
        var prison = world.Programs.Single(p => p.Kind == ProgramKind.Prison);
        if (await db.Set<ProgramAssessmentSettings>().AnyAsync(s => s.ProgramId == prison.Id, ct))
        {
            return;
        }

        var (instrument, definition) = await DemoInstrument.EnsureAsync(db, world, clock, ct);
        var settings = new ProgramAssessmentSettings { OrganisationId = world.Organisation.Id, ProgramId = prison.Id, MentorsMayRate = true };
        settings.Rhythms.Add(new AssessmentRhythm { SettingsId = settings.Id, InstrumentName = definition.Name, Label = "full review", IntervalDays = 91 });
        db.Set<ProgramAssessmentSettings>().Add(settings);

        var caseworker = world.Accounts[Role.Caseworker].Id;
        var psychologist = world.Accounts[Role.Psychologist].Id;
        var counsellor = world.Accounts[Role.FaithCounsellor].Id;
        var director = world.Accounts[Role.ProgramDirector].Id;
        var cases = await db.Participants
            .Where(p => p.ProgramId == prison.Id && !p.ConsentWithdrawn && p.Stage == Stage.Intervention)
            .Where(p => db.CaseTeamMembers.Any(m => m.ParticipantId == p.Id && m.UserId == caseworker && m.Until == null))
            .OrderBy(p => p.Code).Take(AssessedCases).ToListAsync(ct);
        var today = clock.Today;
        foreach (var participant in cases)
        {
            foreach (var (user, role) in new[] { (psychologist, Role.Psychologist), (counsellor, Role.FaithCounsellor) })
            {
                if (!await db.CaseTeamMembers.AnyAsync(m => m.ParticipantId == participant.Id && m.UserId == user && m.Until == null, ct))
                {
                    db.CaseTeamMembers.Add(new CaseTeamMember { ParticipantId = participant.Id, UserId = user, Role = role, From = today.AddDays(-120) });
                }
            }

            var baseline = Assessment(participant, instrument, AssessmentKind.Baseline, today.AddDays(-100), caseworker);
            Rate(baseline, definition, psychologist, Role.Psychologist, "present", "moderate");
            Rate(baseline, definition, counsellor, Role.FaithCounsellor, "partly", "moderate");
            Agree(baseline, definition, "partly", "moderate", director);
            var review = Assessment(participant, instrument, AssessmentKind.Scheduled, today.AddDays(-9), caseworker);
            Rate(review, definition, psychologist, Role.Psychologist, "partly", "low", protectiveLevel: "present");
            Rate(review, definition, counsellor, Role.FaithCounsellor, "partly", "low", protectiveLevel: "present");
            Agree(review, definition, "partly", "low", director, protectiveLevel: "present");
            var open = Assessment(participant, instrument, AssessmentKind.Event, today.AddDays(-1), caseworker, AssessmentEvent.Incident);
            Rate(open, definition, psychologist, Role.Psychologist, "partly", "moderate");

            var observation = new Observation
            {
                ParticipantId = participant.Id,
                ObservedOn = today.AddDays(-12),
                Source = ObservationSource.Staff,
                Reliability = ObservationReliability.Confirmed,
                RecordedByUserId = caseworker,
                RecordedAt = clock.UtcNow,
            };
            observation.DescriptionSealed = cipher.Seal("Joined the prison education class and attends every week (demo).", observation.Id, "Description");
            observation.Links.Add(new ObservationLink { ObservationId = observation.Id, AssessmentId = review.Id, ItemKey = "SR3" });
            db.Set<Observation>().Add(observation);
        }

        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Assessment, $"open instrument, {cases.Count} assessed demo cases");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private Assessment Assessment(Participant p, InstrumentVersion instrument, AssessmentKind kind, DateOnly on, Guid openedBy, AssessmentEvent? happened = null)
    {
        var assessment = new Assessment
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            InstrumentVersionId = instrument.Id,
            Kind = kind,
            Event = happened,
            AssessedOn = on,
            OpenedByUserId = openedBy,
            OpenedAt = clock.UtcNow,
        };
        db.Set<Assessment>().Add(assessment);
        return assessment;
    }

    private void Rate(Assessment assessment, InstrumentDefinition definition, Guid rater, Role role, string level, string judgement, string? protectiveLevel = null)
    {
        var submission = new RaterSubmission { AssessmentId = assessment.Id, RaterUserId = rater, RaterRole = role, SubmittedAt = clock.UtcNow, OverallJudgement = judgement };
        foreach (var item in definition.Items)
        {
            var rating = new ItemRating { SubmissionId = submission.Id, ItemKey = item.Key, Level = LevelFor(item, level, protectiveLevel) };
            rating.RationaleSealed = cipher.Seal($"Demo rationale for {item.Key}.", rating.Id, "Rationale");
            submission.Ratings.Add(rating);
        }

        db.Set<RaterSubmission>().Add(submission);
    }

    private void Agree(Assessment assessment, InstrumentDefinition definition, string level, string judgement, Guid chair, string? protectiveLevel = null)
    {
        foreach (var item in definition.Items)
        {
            var agreed = new ConsensusRating { AssessmentId = assessment.Id, ItemKey = item.Key, Level = LevelFor(item, level, protectiveLevel) };
            agreed.RationaleSealed = cipher.Seal("Agreed in the team review (demo).", agreed.Id, "Rationale");
            db.Set<ConsensusRating>().Add(agreed);
        }

        assessment.Status = AssessmentStatus.Agreed;
        assessment.OverallJudgement = judgement;
        assessment.FormulationSealed = cipher.Seal("Demo formulation: needs for significance partly met through the group; family ties returning.", assessment.Id, "Formulation");
        assessment.AgreedByUserId = chair;
        assessment.AgreedAt = clock.UtcNow;
    }

    private static string LevelFor(ItemDefinition item, string level, string? protectiveLevel) =>
        item.Direction == ItemDirection.Protective && protectiveLevel is not null ? protectiveLevel : level;
}
