using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Formulation;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Plans;
using Offramp.Core.Security;
using Offramp.Core.Stages;

namespace Offramp.Core.Transfers;

/// <summary>
/// What the preview and the proposal share, so the director sends exactly the package they were shown: who may
/// transfer to where, and the package built from the consented sections only.
/// </summary>
public sealed class TransferPackager(OfframpDbContext db, FieldCipher cipher, IdentitySealer identities, GetFormulationContent formulations)
{
    /// <summary>The director of the participant's program, an active consent, and another program that can take them.</summary>
    public async Task<OfframpProgram> RequireTargetAsync(ParticipantStanding standing, ProposeTransferCommand command, CancellationToken ct)
    {
        standing.RequireDirector();
        var participant = standing.Participant;
        ConsentGuard.RequireActiveConsent(participant);
        var target = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == command.TargetProgramId, ct);
        if (target is null || target.Id == participant.ProgramId)
        {
            throw new DomainException("Choose another program of this deployment to transfer to.", nameof(command.TargetProgramId));
        }

        if (target.OrganisationId != participant.OrganisationId && !StageRules.CanMove(participant.Stage, Stage.Transferred))
        {
            throw new ConflictException(Phrase.Of($"A participant in {participant.Stage} cannot be transferred."));
        }

        return target;
    }

    public async Task<TransferPackage> PackAsync(Participant p, ProposeTransferCommand command, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == p.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var program = await db.Programs.AsNoTracking().Where(x => x.Id == p.ProgramId).Select(x => x.Name).SingleAsync(ct);
        IReadOnlyList<string>? goals = null;
        if (command.Shared.HasFlag(SharedSections.Plan))
        {
            var plan = await db.Set<InterventionPlan>().AsNoTracking().Include(x => x.Goals).Where(x => x.ParticipantId == p.Id)
                .OrderByDescending(x => x.StartedOn).FirstOrDefaultAsync(ct);
            goals = plan is null ? [] : [.. plan.Goals.OrderBy(g => g.Order).Select(g => $"{g.Area}: {cipher.Open(g.DescriptionSealed, g.Id, "Description")}")];
        }

        IReadOnlyList<PackagedOutcome>? outcomes = command.Shared.HasFlag(SharedSections.Outcomes)
            ? await db.Set<OutcomeEvent>().AsNoTracking().Where(o => o.ParticipantId == p.Id && o.RetractedOn == null)
                .OrderBy(o => o.OccurredOn).Select(o => new PackagedOutcome(o.Type, o.OccurredOn, o.Confidence)).ToListAsync(ct)
            : null;
        return new TransferPackage(p.Code, organisation, program, command.Reason.Trim(), p.Gender, p.YearOfBirth, p.Nationality, p.Languages,
            command.Shared.HasFlag(SharedSections.Identity) ? identities.Open(p) : null,
            command.Shared.HasFlag(SharedSections.Formulation) ? await formulations.LatestAsync(p.Id, ct) : null,
            goals, outcomes);
    }
}
