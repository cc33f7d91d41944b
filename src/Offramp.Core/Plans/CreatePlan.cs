using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Formulation;
using Offramp.Core.Plans.Proposals;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Plans;

/// <summary>
/// The caseworker or director writes the plan: goals tied to the latest formulation, modules (from the template unless
/// given), responsible people on the team, incentives; the first review goes on the worklist. With an
/// assessment-driven template the modules are those the latest agreed assessment indicates, plus any the practitioner
/// adds with a reason; without an agreed assessment and without additions the plan is refused and says why.
/// </summary>
public sealed class CreatePlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, ProgramSettingsReader settings, ModuleProposer proposer, TaskPlanner planner, IClock clock)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, CreatePlanCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var participant = standing.Participant;
        ConsentGuard.RequireActiveConsent(participant);
        if (await db.Set<InterventionPlan>().AnyAsync(p => p.ParticipantId == participantId && p.Status == PlanStatus.Active, ct))
        {
            throw new ConflictException("The participant already has an active plan: review it, or complete or end it first.");
        }

        var formulation = await db.Set<CaseFormulation>().Where(f => f.ParticipantId == participantId).MaxAsync(f => (int?)f.Revision, ct)
            ?? throw new DomainException("Write the case formulation first: the plan's goals answer it.", nameof(command.Goals));
        await TeamMembership.RequireOnTeamAsync(db, participantId,
            [.. command.Goals.Select(g => g.ResponsibleUserId), .. command.Modules.Select(m => m.ResponsibleUserId), .. command.AddedModules.Select(m => m.ResponsibleUserId)],
            nameof(command.Goals), ct);

        var programSettings = await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct);
        var template = await proposer.TemplateAsync(participant, command.TemplateId, nameof(command.TemplateId), ct);
        var interval = command.ReviewIntervalMonths ?? programSettings.PlanReviewIntervalMonths;
        var plan = new InterventionPlan
        {
            ParticipantId = participantId,
            TemplateId = template?.Id,
            FormulationRevision = formulation,
            StartedOn = command.StartedOn,
            ReviewIntervalMonths = interval,
            NextReviewOn = command.StartedOn.AddMonths(interval),
            CreatedByUserId = standing.Scope.UserId,
            CreatedAt = clock.UtcNow,
        };
        plan.IncentivesSealed = cipher.Seal(command.Incentives?.Trim(), plan.Id, "Incentives");
        foreach (var (goal, i) in command.Goals.Select((g, i) => (g, i)))
        {
            var planGoal = new PlanGoal { PlanId = plan.Id, Order = i, Area = goal.Area, ResponsibleUserId = goal.ResponsibleUserId, DescriptionSealed = [] };
            planGoal.DescriptionSealed = cipher.Seal(goal.Description.Trim(), planGoal.Id, "Description")!;
            plan.Goals.Add(planGoal);
        }

        if (command.Modules.Count > 0)
        {
            plan.Modules.AddRange(command.Modules.Select((m, i) => new PlanModule
            {
                PlanId = plan.Id,
                Order = i,
                Name = m.Name.Trim(),
                ExpectedSessions = m.ExpectedSessions,
                ExpectedMinutes = m.ExpectedMinutes,
                ResponsibleUserId = m.ResponsibleUserId,
                Basis = PlanModuleBasis.Written,
            }));
        }
        else
        {
            var proposal = await proposer.ProposeAsync(participant, template, new HashSet<Guid>(), ct);
            plan.Modules.AddRange(ModuleChoice.Build(plan.Id, proposal, command.AddedModules, cipher, nameof(command.AddedModules)));
            // No silent fallback: without an agreed assessment (or with nothing indicated) the practitioner is told why,
            // and decides: agree the assessment first, or add modules with a reason.
            var unassessed = proposal.Assessments.Any(a => a.AssessmentId is null);
            if (proposal.AssessmentDriven && command.AddedModules.Count == 0 && (unassessed || plan.Modules.All(m => m.Basis != PlanModuleBasis.Indicated)))
            {
                throw new DomainException(Phrase.Join(" ", proposal.Notices), nameof(command.AddedModules));
            }
        }

        db.Set<InterventionPlan>().Add(plan);
        PlanReviewTasks.Schedule(planner, participant, plan);
        db.Audit.Record(AuditActions.Create, AuditEntities.Plan, plan.Id, participantId,
            $"{plan.Goals.Count} goals, {plan.Modules.Count} modules ({plan.Modules.Count(m => m.Basis == PlanModuleBasis.Indicated)} indicated by assessment, " +
            $"{plan.Modules.Count(m => m.Basis == PlanModuleBasis.Judgement)} added by judgement)");
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
