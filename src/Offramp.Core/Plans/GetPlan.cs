using System.Text.Json.Serialization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Formulation;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Security;

namespace Offramp.Core.Plans;

/// <summary>
/// The participant's latest plan with goals, reviews and the delivered dose per module (sessions and minutes logged
/// against the module) next to the expected dose. Audited.
/// </summary>
public sealed class GetPlan(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<PlanView?> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var plan = await db.Set<InterventionPlan>().AsNoTracking().Include(p => p.Goals).Include(p => p.Modules)
            .Where(p => p.ParticipantId == participantId)
            .OrderBy(p => p.Status == PlanStatus.Active ? 0 : 1).ThenByDescending(p => p.StartedOn)
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var moduleIds = plan.Modules.Select(m => m.Id).ToList();
        var dose = await db.Sessions.AsNoTracking()
            .Where(s => s.ParticipantId == participantId && s.ModuleId != null && moduleIds.Contains(s.ModuleId.Value))
            .GroupBy(s => s.ModuleId!.Value)
            .Select(g => new { ModuleId = g.Key, Sessions = g.Count(), Minutes = g.Sum(s => s.DurationMinutes) })
            .ToDictionaryAsync(g => g.ModuleId, ct);
        // Sessions logged since the plan started but against no module of it still count as delivered work: shown on
        // their own line, so the plan never reads "0 delivered" while sessions are being logged.
        var unlinked = await db.Sessions.AsNoTracking()
            .Where(s => s.ParticipantId == participantId && s.HeldOn >= plan.StartedOn && (s.ModuleId == null || !moduleIds.Contains(s.ModuleId.Value)))
            .GroupBy(s => 1)
            .Select(g => new { Sessions = g.Count(), Minutes = g.Sum(s => s.DurationMinutes) })
            .SingleOrDefaultAsync(ct);
        var names = plan.TemplateId is { } templateId && await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules)
                .SingleOrDefaultAsync(t => t.Id == templateId && t.OrganisationId == standing.Participant.OrganisationId, ct) is { } template
            ? TemplateModuleNames.Of(template)
            : new Dictionary<Guid, Phrase>();
        var reviews = await db.Set<PlanReview>().AsNoTracking().Include(r => r.Progress).Where(r => r.PlanId == plan.Id)
            .OrderByDescending(r => r.ReviewedOn).ToListAsync(ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Plan, plan.Id, participantId);
        await db.SaveChangesAsync(ct);

        return new PlanView(
            plan.Id, plan.Version, plan.Status, plan.StartedOn, plan.ReviewIntervalMonths, plan.NextReviewOn, plan.ClosedOn, plan.CloseReason,
            plan.FormulationRevision, plan.TemplateId, cipher.Open(plan.IncentivesSealed, plan.Id, "Incentives"),
            [.. plan.Goals.OrderBy(g => g.Order).Select(g => new GoalView(g.Id, g.Area, cipher.Open(g.DescriptionSealed, g.Id, "Description")!, g.ResponsibleUserId, g.LatestProgress))],
            [.. plan.Modules.OrderBy(m => m.Order).Select(m => new ModuleDoseView(m.Id, m.Name, m.ResponsibleUserId, m.ExpectedSessions, m.ExpectedMinutes,
                dose.TryGetValue(m.Id, out var d) ? d.Sessions : 0, dose.TryGetValue(m.Id, out var d2) ? d2.Minutes : 0)
            {
                TemplateModuleId = m.TemplateModuleId,
                ShownName = TemplateModuleNames.Shown(m.Name, m.TemplateModuleId, names),
                Basis = m.Basis,
                IndicationReason = m.IndicationReason,
                IndicatedByAssessmentId = m.IndicatedByAssessmentId,
                Judgement = cipher.Open(m.JudgementSealed, m.Id, "Judgement"),
            })],
            [.. reviews.Select(r => new ReviewView(r.Id, r.ReviewedOn, r.NextReviewOn, r.ReviewedByUserId, cipher.Open(r.SummarySealed, r.Id, "Summary"),
                r.Progress.ToDictionary(p => p.GoalId, p => p.Rating)))])
        {
            SessionsWithoutModule = unlinked?.Sessions ?? 0,
            MinutesWithoutModule = unlinked?.Minutes ?? 0,
        };
    }
}

public sealed record PlanView(Guid Id, int Version, PlanStatus Status, DateOnly StartedOn, int ReviewIntervalMonths, DateOnly NextReviewOn, DateOnly? ClosedOn,
    string? CloseReason, int? FormulationRevision, Guid? TemplateId, string? Incentives, IReadOnlyList<GoalView> Goals, IReadOnlyList<ModuleDoseView> Modules,
    IReadOnlyList<ReviewView> Reviews)
{
    /// <summary>Sessions held since the plan started that name no module of it.</summary>
    public int SessionsWithoutModule { get; init; }

    public int MinutesWithoutModule { get; init; }

    public int DeliveredSessions => Modules.Sum(m => m.DeliveredSessions) + SessionsWithoutModule;

    public int DeliveredMinutes => Modules.Sum(m => m.DeliveredMinutes) + MinutesWithoutModule;
}

public sealed record GoalView(Guid Id, FormulationArea Area, string Description, Guid? ResponsibleUserId, GoalProgressRating? LatestProgress);

/// <summary>Expected against delivered dose of one module.</summary>
public sealed record ModuleDoseView(Guid Id, string Name, Guid? ResponsibleUserId, int? ExpectedSessions, int? ExpectedMinutes, int DeliveredSessions, int DeliveredMinutes)
{
    public double? SessionShare => ExpectedSessions is > 0 ? (double)DeliveredSessions / ExpectedSessions.Value : null;

    public Guid? TemplateModuleId { get; init; }

    private readonly Phrase? shownName;

    /// <summary><see cref="Name"/> in the reader's language where the template translates it; for pages, not the API.</summary>
    [JsonIgnore]
    public Phrase ShownName { get => shownName ?? Phrase.Verbatim(Name); init => shownName = value; }

    /// <summary>Why the module is in the plan (null for plans written before this was recorded).</summary>
    public PlanModuleBasis? Basis { get; init; }

    /// <summary>The agreed ratings that indicated the module.</summary>
    public string? IndicationReason { get; init; }

    public Guid? IndicatedByAssessmentId { get; init; }

    /// <summary>The practitioner's reason for adding a module the assessment did not indicate.</summary>
    public string? Judgement { get; init; }
}

public sealed record ReviewView(Guid Id, DateOnly ReviewedOn, DateOnly NextReviewOn, Guid ReviewedByUserId, string? Summary, IReadOnlyDictionary<Guid, GoalProgressRating> Progress);
