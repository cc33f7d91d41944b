using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Disclosure;

/// <summary>The director sees exactly what would leave, field by field, with its hash, before deciding. Audited.</summary>
public sealed class PreviewDisclosure(OfframpDbContext db, ParticipantAccess access, DisclosureSources sources)
{
    public async Task<DisclosurePreview> ExecuteAsync(Guid participantId, IReadOnlyList<DisclosableField> fields, Guid? concernId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        if (fields.Count == 0 || fields.Any(f => !Enum.IsDefined(f)))
        {
            throw new DomainException("Choose at least one known field to preview.", "Fields");
        }

        var source = await sources.LoadAsync(standing.Participant, concernId, ct);
        var package = DisclosurePackage.Build(source, fields);
        var policy = await sources.PolicyAsync(standing.Participant.OrganisationId, ct);
        db.Audit.Record(AuditActions.DisclosurePreview, AuditEntities.Participant, participantId, participantId, $"{package.Items.Count} fields previewed");
        await db.SaveChangesAsync(ct);
        return new DisclosurePreview(package.Items, package.Canonical, package.Sha256, policy.ThresholdList, policy.AgencyList, policy.RequiresFourEyes);
    }
}

public sealed record DisclosurePreview(IReadOnlyList<DisclosureItem> Items, string Content, string Sha256, IReadOnlyList<string> Thresholds,
    IReadOnlyList<string> Agencies, bool RequiresFourEyes);
