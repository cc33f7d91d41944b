using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Core.Plans.Proposals;

/// <summary>
/// The case team sees which modules the template proposes for the participant and why, before writing the plan or at
/// a review: for an assessment-driven template, what the latest agreed assessment indicates. Out of scope answers 404;
/// the read of the assessment is audited.
/// </summary>
public sealed class ProposePlanModules(OfframpDbContext db, ParticipantAccess access, ModuleProposer proposer)
{
    public async Task<PlanProposal> ExecuteAsync(Guid participantId, Guid? templateId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var plan = await db.Set<InterventionPlan>().AsNoTracking().Include(p => p.Modules)
            .SingleOrDefaultAsync(p => p.ParticipantId == participantId && p.Status == PlanStatus.Active, ct);
        var template = await proposer.TemplateAsync(standing.Participant, templateId ?? plan?.TemplateId, "templateId", ct);
        var inPlan = (plan?.Modules ?? []).Where(m => m.TemplateModuleId is not null).Select(m => m.TemplateModuleId!.Value).ToHashSet();
        var proposal = await proposer.ProposeAsync(standing.Participant, template, inPlan, ct);
        var read = proposal.Assessments.Where(a => a.AssessmentId is not null).Select(a => a.AssessmentId!.Value.ToString()).ToList();
        db.Audit.Record(AuditActions.Read, AuditEntities.PlanProposal, participantId, participantId,
            $"{proposal.Modules.Count(m => m.Indication == ModuleIndication.Indicated)} of {proposal.Modules.Count} modules indicated; assessments read: {(read.Count == 0 ? "none" : string.Join(", ", read))}");
        await db.SaveChangesAsync(ct);
        return proposal;
    }
}
