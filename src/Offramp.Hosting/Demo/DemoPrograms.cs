using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;
using Offramp.Core.Formulation;
using Offramp.Core.Justice;
using Offramp.Core.Mentoring;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Plans;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The program journey of the demo: the shipped templates in the catalogue and one per demo program; for every released
/// participant a follow-up schedule recorded up to today and outcomes over the years (a minority re-arrested or
/// reconvicted after release, most with work and housing), so evaluation has realistic data; and for the first cases
/// in intervention a formulation and a plan from their program's template (for an assessment-driven template, the
/// modules an agreed baseline indicates: <see cref="DemoIndicatedModules"/>).
/// </summary>
internal sealed class DemoPrograms(OfframpDbContext db, FieldCipher cipher, IClock clock)
{
    private const int BatchSize = 5000;
    private const int PlannedCases = 200;

    public async Task SeedAsync(DemoWorld world, int seed, CancellationToken ct)
    {
        var organisationId = world.Organisation.Id;
        await DefineTemplate.LoadShippedIntoAsync(db, organisationId, ct);
        await db.SaveChangesAsync(ct);
        var templates = await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).Where(t => t.OrganisationId == organisationId).ToDictionaryAsync(t => t.Key, ct);
        foreach (var program in world.Programs.Where(p => !db.Set<ProgramSettings>().Any(s => s.ProgramId == p.Id)))
        {
            var template = templates[DemoProgramCatalogue.Of(program).TemplateKey];
            db.Set<ProgramSettings>().Add(new ProgramSettings
            {
                OrganisationId = organisationId,
                ProgramId = program.Id,
                TemplateId = template.Id,
                PlanReviewIntervalMonths = template.PlanReviewIntervalMonths,
                AgreementReviewIntervalMonths = template.AgreementReviewIntervalMonths ?? 3,
                FollowUpMonths = template.FollowUpMonths,
            });
            db.Audit.Record(AuditActions.Seed, AuditEntities.ProgramSettings, program.Id, null, template.Key);
        }

        // A second `demo seed` adds participants to the same organisation: register, plan and follow up only what is new.
        var registered = (await db.Set<MentorProfile>().Where(m => m.OrganisationId == organisationId).Select(m => new { m.ProgramId, m.UserId }).ToListAsync(ct))
            .Select(m => (m.ProgramId, m.UserId)).ToHashSet();
        foreach (var mentor in world.Staff.Where(s => s.Role == Core.Access.Role.Mentor && !registered.Contains((s.ProgramId, s.UserId))))
        {
            db.Set<MentorProfile>().Add(new MentorProfile
            {
                OrganisationId = organisationId,
                ProgramId = mentor.ProgramId,
                UserId = mentor.UserId,
                Background = mentor.UserId.GetHashCode() % 2 == 0 ? MentorBackground.Former : MentorBackground.Professional,
                Languages = "English, Arabic",
                TrainingCourse = "Mentor training (one year)",
                TrainingStartedOn = clock.Today.AddYears(-2),
                TrainingCompletedOn = clock.Today.AddYears(-1),
                Capacity = 6,
                Availability = "Weekday evenings",
            });
        }

        await db.SaveChangesAsync(ct);
        var random = new Random(seed + 5);
        await SeedFollowUpsAndOutcomesAsync(organisationId, random, ct);
        await new DemoOutcomesFromTimeZero(db, clock).SeedAsync(world, random, ct);
        await SeedPlansAsync(world, templates, random, ct);
    }

    /// <summary>Early leavers are re-arrested about twice as often, as evaluations of such programs report.</summary>
    internal const double EarlyLeaverRisk = 2;

    /// <summary>Who left the program early (closed before completing, consent kept): their outcomes are drawn with <see cref="EarlyLeaverRisk"/>.</summary>
    internal static async Task<HashSet<Guid>> EarlyLeaversAsync(OfframpDbContext db, CancellationToken ct) =>
        [.. await db.StageChanges.AsNoTracking().Where(s => s.Reason.StartsWith("Left early:")).Select(s => s.ParticipantId).ToListAsync(ct)];

    private async Task SeedFollowUpsAndOutcomesAsync(Guid organisationId, Random random, CancellationToken ct)
    {
        var released = await db.JusticeEvents.AsNoTracking()
            .Where(e => e.Kind == JusticeEventKind.ActualRelease)
            .Join(
                db.Participants.Where(p => p.OrganisationId == organisationId && !p.ConsentWithdrawn && !db.Set<ScheduledFollowUp>().Any(f => f.ParticipantId == p.Id)),
                e => e.ParticipantId, p => p.Id, (e, p) => new { p.Id, p.Code, p.ProgramId, e.OccurredOn })
            .OrderBy(x => x.Code)
            .ToListAsync(ct);
        var earlyLeavers = await EarlyLeaversAsync(db, ct);
        var today = clock.Today;
        var rows = new BulkInserter(db);
        foreach (var chunk in released.Chunk(BatchSize))
        {
            var followUps = new List<ScheduledFollowUp>();
            var outcomes = new List<OutcomeEvent>();
            var tasks = new List<CaseTask>();
            foreach (var p in chunk)
            {
                var story = DemoOutcomeStory.Draw(random, p.OccurredOn, today, earlyLeavers.Contains(p.Id) ? EarlyLeaverRisk : 1);
                outcomes.AddRange(story.Outcomes.Select(o => new OutcomeEvent
                {
                    ParticipantId = p.Id,
                    Type = o.Type,
                    OccurredOn = o.On,
                    Source = o.Source,
                    Confidence = o.Confidence,
                    RecordedByUserId = Guid.Empty,
                    RecordedAt = clock.UtcNow,
                }));
                foreach (var months in ProgramSettings.DefaultFollowUpMonths)
                {
                    var due = p.OccurredOn.AddMonths(months);
                    var followUp = new ScheduledFollowUp
                    {
                        ParticipantId = p.Id,
                        Anchor = FollowUpAnchor.ActualRelease,
                        AnchorDate = p.OccurredOn,
                        MonthsAfter = months,
                        DueOn = due,
                        CreatedAt = clock.UtcNow,
                    };
                    if (due <= today)
                    {
                        var contacted = due.AddDays(random.Next(0, 21));
                        followUp.Status = FollowUpStatus.Recorded;
                        followUp.ContactedOn = contacted > today ? today : contacted;
                        followUp.ContactMade = story.LostOn is not { } lost || due < lost ? random.NextDouble() < 0.9 : false;
                        followUp.Source = followUp.ContactMade == true ? InformationSource.Participant : InformationSource.ProbationService;
                        followUp.RecordedAt = clock.UtcNow;
                    }
                    else
                    {
                        tasks.Add(new CaseTask
                        {
                            OrganisationId = organisationId,
                            ProgramId = p.ProgramId,
                            ParticipantId = p.Id,
                            Kind = TaskKinds.FollowUp,
                            Title = FollowUpTasks.Title(months, FollowUpAnchor.ActualRelease),
                            DueOn = due,
                            Audience = TaskAudience.CaseTeam,
                            SourceType = FollowUpTasks.SourceType,
                            SourceId = followUp.Id,
                            CreatedAt = clock.UtcNow,
                        });
                    }

                    followUps.Add(followUp);
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await rows.InsertAsync(followUps, ct);
            await rows.InsertAsync(outcomes, ct);
            await rows.InsertAsync(tasks, ct);
            db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.FollowUp, $"{followUps.Count} follow-ups and {outcomes.Count} outcomes for {chunk.Length} released participants");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }

    /// <summary>A formulation and a plan from the program's template for the first cases in intervention, with sealed text like any other.</summary>
    private async Task SeedPlansAsync(DemoWorld world, Dictionary<string, ProgramTemplate> templates, Random random, CancellationToken ct)
    {
        var cases = await db.Participants.AsNoTracking()
            .Where(p => p.OrganisationId == world.Organisation.Id && (p.Stage == Stage.Intervention || p.Stage == Stage.Transition || p.Stage == Stage.Aftercare))
            .Where(p => !db.Set<CaseFormulation>().Any(f => f.ParticipantId == p.Id))
            .OrderBy(p => p.Code).Take(PlannedCases)
            .Select(p => new
            {
                p.Id,
                p.ProgramId,
                Started = db.StageChanges.Where(s => s.ParticipantId == p.Id && s.ToStage == Stage.Intervention).Max(s => (DateOnly?)s.EffectiveOn),
                AssessedFrom = db.StageChanges.Where(s => s.ParticipantId == p.Id && s.ToStage == Stage.Assessment).Max(s => (DateOnly?)s.EffectiveOn),
            })
            .ToListAsync(ct);
        var author = world.Accounts[Core.Access.Role.Caseworker].Id;
        var indicated = await IndicatedModulesAsync(world, cases.Select(c => c.Id).ToList(), templates, random, ct);
        var planned = new List<(Guid Participant, DateOnly Started, List<PlanModule> Modules)>();
        foreach (var c in cases)
        {
            var program = world.Programs.Single(p => p.Id == c.ProgramId);
            var template = templates[DemoProgramCatalogue.Of(program).TemplateKey];
            var formulation = new CaseFormulation { ParticipantId = c.Id, Revision = 1, ContentSealed = [], AuthoredByUserId = author, RecordedAt = clock.UtcNow };
            formulation.ContentSealed = cipher.Seal(JsonSerializer.Serialize(new FormulationContent
            {
                Needs = "Belonging, significance and a way to earn a living.",
                Narratives = "Grievance story of the group; starting to doubt it.",
                Networks = "Family supportive; two friends still in the movement.",
                PushFactors = "Disillusion with the leadership.",
                PullFactors = "Work and a new relationship.",
                Strengths = "Motivated, practical skills.",
            }), formulation.Id, "Content")!;
            var started = c.Started ?? clock.Today;
            var plan = new InterventionPlan
            {
                ParticipantId = c.Id,
                TemplateId = template.Id,
                FormulationRevision = 1,
                StartedOn = started,
                ReviewIntervalMonths = template.PlanReviewIntervalMonths,
                NextReviewOn = started.AddMonths(template.PlanReviewIntervalMonths),
                CreatedByUserId = author,
                CreatedAt = clock.UtcNow,
            };
            foreach (var (text, area, order) in new[] { ("Find work or training.", FormulationArea.Needs, 0), ("Fewer contacts with the old group.", FormulationArea.Networks, 1) })
            {
                var goal = new PlanGoal { PlanId = plan.Id, Order = order, Area = area, DescriptionSealed = [] };
                goal.DescriptionSealed = cipher.Seal(text, goal.Id, "Description")!;
                plan.Goals.Add(goal);
            }

            if (indicated is not null && template.IsAssessmentDriven())
            {
                // Assessed between entering assessment and starting the intervention; the plan follows that assessment.
                var assessedOn = c.AssessedFrom is { } from && from < started ? from.AddDays(Math.Max(0, (started.DayNumber - from.DayNumber) / 2)) : started.AddDays(-14);
                plan.Modules.AddRange(indicated.ModulesFor(c.Id, c.ProgramId, assessedOn, plan, template));
            }
            else
            {
                plan.Modules.AddRange(template.Modules.OrderBy(m => m.Order).Select(m => new PlanModule
                {
                    PlanId = plan.Id,
                    Order = m.Order,
                    Name = m.Name,
                    TemplateModuleId = m.Id,
                    ExpectedSessions = m.ExpectedSessions,
                    ExpectedMinutes = m.ExpectedMinutes,
                    Basis = PlanModuleBasis.Template,
                }));
            }
            db.AddRange(formulation, plan);
            planned.Add((c.Id, started, plan.Modules));
            db.Set<CaseTask>().Add(new CaseTask
            {
                OrganisationId = world.Organisation.Id,
                ProgramId = c.ProgramId,
                ParticipantId = c.Id,
                Kind = TaskKinds.PlanReview,
                Title = "Intervention plan review",
                DueOn = plan.NextReviewOn,
                Audience = TaskAudience.CaseTeam,
                SourceType = PlanReviewTasks.SourceType,
                SourceId = plan.Id,
                CreatedAt = clock.UtcNow,
            });
        }

        await LinkSessionsToModulesAsync(planned, ct);
        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Plan, $"{cases.Count} formulations and plans");
        if (indicated is { Assessed: > 0 })
        {
            db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Assessment, $"{indicated.Assessed} agreed baselines behind assessment-driven plans");
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>For programs whose template is assessment-driven: the open instrument and the case teams of the planned cases.</summary>
    private async Task<DemoIndicatedModules?> IndicatedModulesAsync(DemoWorld world, List<Guid> cases, Dictionary<string, ProgramTemplate> templates, Random random, CancellationToken ct)
    {
        if (!world.Programs.Any(p => templates[DemoProgramCatalogue.Of(p).TemplateKey].IsAssessmentDriven()))
        {
            return null;
        }

        var (instrument, definition) = await DemoInstrument.EnsureAsync(db, world, clock, ct);
        var onTeam = (await db.CaseTeamMembers.AsNoTracking().Where(m => cases.Contains(m.ParticipantId)).Select(m => new { m.ParticipantId, m.UserId }).ToListAsync(ct))
            .Select(m => (m.ParticipantId, m.UserId)).ToHashSet();
        return new DemoIndicatedModules(db, cipher, clock, world, instrument, definition, random, onTeam);
    }

    /// <summary>
    /// The sessions held since the plan started delivered its modules in order, each module its expected number of
    /// sessions (or one when the template gives none), so the plan's delivered dose is not zero.
    /// </summary>
    private async Task LinkSessionsToModulesAsync(List<(Guid Participant, DateOnly Started, List<PlanModule> Modules)> planned, CancellationToken ct)
    {
        var ids = planned.Select(p => p.Participant).ToList();
        var sessions = (await db.Sessions.Where(s => ids.Contains(s.ParticipantId)).ToListAsync(ct)).ToLookup(s => s.ParticipantId);
        foreach (var (participant, started, modules) in planned)
        {
            var queue = modules.OrderBy(m => m.Order).SelectMany(m => Enumerable.Repeat(m.Id, Math.Max(1, m.ExpectedSessions ?? 1))).ToList();
            var held = sessions[participant].Where(s => s.HeldOn >= started).OrderBy(s => s.HeldOn).ToList();
            for (var i = 0; i < held.Count && i < queue.Count; i++)
            {
                held[i].ModuleId = queue[i];
            }
        }
    }
}
