using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Formulation;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;
using Offramp.Core.Worklist;

namespace Offramp.Core.Plans;

/// <summary>
/// The caseworker or director writes the plan: goals tied to the latest formulation, modules (from the template unless
/// given), responsible people on the team, incentives; the first review goes on the worklist.
/// </summary>
public sealed class CreatePlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, ProgramSettingsReader settings, TaskPlanner planner, IClock clock)
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
        await TeamMembership.RequireOnTeamAsync(db, participantId, [.. command.Goals.Select(g => g.ResponsibleUserId), .. command.Modules.Select(m => m.ResponsibleUserId)], nameof(command.Goals), ct);

        var programSettings = await settings.ForAsync(participant.OrganisationId, participant.ProgramId, ct);
        var templateId = command.TemplateId ?? programSettings.TemplateId;
        var template = templateId is { } tid
            ? await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules).SingleOrDefaultAsync(t => t.Id == tid && t.OrganisationId == participant.OrganisationId, ct)
              ?? throw new DomainException("The template is not in your organisation's catalogue.", nameof(command.TemplateId))
            : null;
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

        plan.Modules.AddRange(command.Modules.Count > 0
            ? command.Modules.Select((m, i) => new PlanModule
            {
                PlanId = plan.Id,
                Order = i,
                Name = m.Name.Trim(),
                ExpectedSessions = m.ExpectedSessions,
                ExpectedMinutes = m.ExpectedMinutes,
                ResponsibleUserId = m.ResponsibleUserId,
            })
            : (template?.Modules ?? []).OrderBy(m => m.Order).Select(m => new PlanModule
            {
                PlanId = plan.Id,
                Order = m.Order,
                Name = m.Name,
                TemplateModuleId = m.Id,
                ExpectedSessions = m.ExpectedSessions,
                ExpectedMinutes = m.ExpectedMinutes,
            }));
        db.Set<InterventionPlan>().Add(plan);
        PlanReviewTasks.Schedule(planner, participant, plan);
        db.Audit.Record(AuditActions.Create, AuditEntities.Plan, plan.Id, participantId, $"{plan.Goals.Count} goals, {plan.Modules.Count} modules");
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
