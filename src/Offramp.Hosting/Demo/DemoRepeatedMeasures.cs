using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Participants;
using Offramp.Core.Security;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The Sri Lanka design in the demo: participants of the Sri Lanka program are assessed on the open instrument when
/// treatment starts and again about twelve months later, each time rated blind by a psychologist and a faith counsellor
/// and then agreed; and a comparison group of people measured twice who were not in a centre is imported, so the report
/// can compare change from baseline between the two (ANCOVA and Welch). Protective items rise more often in the program
/// than in the comparison group, as the program's evaluation would hope to show.
/// </summary>
internal sealed class DemoRepeatedMeasures(OfframpDbContext db, FieldCipher cipher, IClock clock)
{
    public const string ComparisonGroupName = "Ex-combatants not in a rehabilitation centre (demo)";

    /// <summary>Enough pairs for a report; a large `demo seed` does not need hundreds of thousands of assessments.</summary>
    private const int MaxAssessed = 400;

    private const int ComparisonSize = 60;

    private static readonly string[] LevelCodes = ["absent", "partly", "present"];

    public async Task SeedAsync(DemoWorld world, int seed, CancellationToken ct)
    {
        var program = world.Programs.Single(p => DemoProgramCatalogue.Of(p).Key == DemoProgramCatalogue.SriLanka);
        if (await db.Set<ComparisonGroup>().AnyAsync(g => g.ProgramId == program.Id, ct))
        {
            return;
        }

        var instrument = await db.Set<InstrumentVersion>().AsNoTracking()
            .SingleAsync(v => v.OrganisationId == world.Organisation.Id && v.Name == DemoEvaluation.Instrument && v.Status == InstrumentStatus.Published, ct);
        var definition = instrument.Parsed();

        var random = new Random(seed + 13);
        var settings = new ProgramAssessmentSettings { OrganisationId = world.Organisation.Id, ProgramId = program.Id };
        settings.Rhythms.Add(new AssessmentRhythm { SettingsId = settings.Id, InstrumentName = definition.Name, Label = "annual review", IntervalDays = 365 });
        db.Set<ProgramAssessmentSettings>().Add(settings);

        var psychologist = world.Staff.First(s => s.ProgramId == program.Id && s.Role == Role.Psychologist).UserId;
        var counsellor = world.Staff.First(s => s.ProgramId == program.Id && s.Role == Role.FaithCounsellor).UserId;
        var director = world.Accounts[Role.ProgramDirector].Id;
        var today = clock.Today;
        var cases = await db.Participants.AsNoTracking()
            .Where(p => p.ProgramId == program.Id && !p.ConsentWithdrawn)
            .Select(p => new { Participant = p, Started = db.StageChanges.Where(s => s.ParticipantId == p.Id && s.ToStage == Stage.Intervention).Max(s => (DateOnly?)s.EffectiveOn) })
            .Where(x => x.Started != null)
            .OrderBy(x => x.Participant.Code).Take(MaxAssessed).ToListAsync(ct);
        var protective = definition.Items.Where(i => i.Direction == ItemDirection.Protective).Select(i => i.Key).ToHashSet();
        var assessed = 0;
        foreach (var c in cases)
        {
            var started = c.Started!.Value;
            var baseline = Levels(definition, protective, random, null, improve: 0.35);
            Assess(c.Participant, instrument, definition, AssessmentKind.Baseline, started.AddDays(random.Next(3, 21)), baseline, psychologist, counsellor, director, random);
            var reviewOn = started.AddDays(365 + random.Next(-20, 21));
            if (reviewOn <= today)
            {
                Assess(c.Participant, instrument, definition, AssessmentKind.Scheduled, reviewOn, Levels(definition, protective, random, baseline, improve: 0.35), psychologist, counsellor, director, random);
            }

            foreach (var (user, role) in new[] { (psychologist, Role.Psychologist), (counsellor, Role.FaithCounsellor) })
            {
                db.CaseTeamMembers.Add(new CaseTeamMember { ParticipantId = c.Participant.Id, UserId = user, Role = role, From = started });
            }

            assessed++;
        }

        AddComparisonGroup(world, program.Id, definition, protective, random);
        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Assessment, $"Sri Lanka repeated measures for {assessed} participants and a comparison group of {ComparisonSize}");
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Agreed levels per item: drawn at baseline (<paramref name="before"/> null), otherwise each protective item rises
    /// one level with probability <paramref name="improve"/> and falls with probability 0.05; risk items stay.
    /// </summary>
    private static Dictionary<string, int> Levels(InstrumentDefinition definition, HashSet<string> protective, Random random, Dictionary<string, int>? before, double improve)
    {
        var levels = new Dictionary<string, int>();
        foreach (var item in definition.Items)
        {
            if (before is null)
            {
                var u = random.NextDouble();
                levels[item.Key] = u < 0.4 ? 0 : u < 0.85 ? 1 : 2;
                continue;
            }

            var level = before[item.Key];
            if (protective.Contains(item.Key))
            {
                var u = random.NextDouble();
                level = u < improve ? Math.Min(2, level + 1) : u > 0.95 ? Math.Max(0, level - 1) : level;
            }

            levels[item.Key] = level;
        }

        return levels;
    }

    /// <summary>An agreed assessment: two raters rate blind (each differs from the agreed level on about one item in six), then the team agrees.</summary>
    private void Assess(Participant p, InstrumentVersion instrument, InstrumentDefinition definition, AssessmentKind kind, DateOnly on, Dictionary<string, int> agreed, Guid psychologist, Guid counsellor, Guid chair, Random random)
    {
        var assessment = new Assessment
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            InstrumentVersionId = instrument.Id,
            Kind = kind,
            AssessedOn = on,
            OpenedByUserId = psychologist,
            OpenedAt = clock.UtcNow,
            Status = AssessmentStatus.Agreed,
            OverallJudgement = agreed.Values.Average() >= 1 ? "low" : "moderate",
            AgreedByUserId = chair,
            AgreedAt = clock.UtcNow,
        };
        assessment.FormulationSealed = cipher.Seal("Demo formulation: streams attended; family visits resumed.", assessment.Id, "Formulation");
        db.Set<Assessment>().Add(assessment);
        foreach (var (rater, role) in new[] { (psychologist, Role.Psychologist), (counsellor, Role.FaithCounsellor) })
        {
            var submission = new RaterSubmission { AssessmentId = assessment.Id, RaterUserId = rater, RaterRole = role, SubmittedAt = clock.UtcNow, OverallJudgement = assessment.OverallJudgement };
            foreach (var item in definition.Items)
            {
                var level = agreed[item.Key];
                if (random.NextDouble() < 1.0 / 6)
                {
                    level = level == 0 ? 1 : level - 1;
                }

                submission.Ratings.Add(new ItemRating { SubmissionId = submission.Id, ItemKey = item.Key, Level = LevelCodes[level] });
            }

            db.Set<RaterSubmission>().Add(submission);
        }

        foreach (var item in definition.Items)
        {
            db.Set<ConsensusRating>().Add(new ConsensusRating { AssessmentId = assessment.Id, ItemKey = item.Key, Level = LevelCodes[agreed[item.Key]] });
        }
    }

    /// <summary>People measured twice a year apart outside the program, scored as the report scores: the mean level of the protective items.</summary>
    private void AddComparisonGroup(DemoWorld world, Guid programId, InstrumentDefinition definition, HashSet<string> protective, Random random)
    {
        var group = new ComparisonGroup
        {
            OrganisationId = world.Organisation.Id,
            ProgramId = programId,
            Name = ComparisonGroupName,
            Definition = "Mean level of the protective items of the Open Pathways Review (0 = absent, 2 = clearly present), measured twice about twelve months apart; synthetic demo data.",
            Design = ComparisonDesign.RepeatedMeasures,
            Size = ComparisonSize,
            ImportedAt = clock.UtcNow,
            ImportedByUserId = world.Accounts[Role.Evaluator].Id,
        };
        db.Set<ComparisonGroup>().Add(group);
        for (var i = 0; i < ComparisonSize; i++)
        {
            var before = Levels(definition, protective, random, null, improve: 0);
            var after = Levels(definition, protective, random, before, improve: 0.12);
            db.Set<ComparisonGroupScore>().Add(new ComparisonGroupScore
            {
                GroupId = group.Id,
                Baseline = protective.Average(k => before[k]),
                FollowUp = protective.Average(k => after[k]),
                Gender = random.NextDouble() < 0.85 ? Gender.Male : Gender.Female,
            });
        }
    }
}
