using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Safeguarding;
using Offramp.Core.Security;

namespace Offramp.Core.Disclosure;

/// <summary>Loads what a disclosure package is cut from, and the organisation's policy (or the defaults).</summary>
public sealed class DisclosureSources(OfframpDbContext db, IdentitySealer sealer, FieldCipher cipher)
{
    public async Task<DisclosureSource> LoadAsync(Participant participant, Guid? concernId, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().Where(p => p.Id == participant.ProgramId).Select(p => p.Name).SingleAsync(ct);
        Concern? concern = null;
        if (concernId is { } id)
        {
            concern = await db.Set<Concern>().SingleOrDefaultAsync(c => c.Id == id && c.ParticipantId == participant.Id, ct)
                ?? throw new DomainException("The concern is not one of this participant's.", "ConcernId");
        }

        return new DisclosureSource(participant, sealer.Open(participant), program, concern,
            concern is null ? null : cipher.Open(concern.ObservationSealed, concern.Id, "Observation"));
    }

    public async Task<DisclosurePolicy> PolicyAsync(Guid organisationId, CancellationToken ct) =>
        await db.Set<DisclosurePolicy>().AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationId == organisationId, ct)
        ?? DisclosurePolicy.Defaults(organisationId);
}
