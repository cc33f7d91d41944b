using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Disclosure;

/// <summary>
/// A participant's disclosure register as the caller may see it. The director sees every entry with its content.
/// The case team sees only disclosures the director shared with them (date, agency, what was released); without a
/// share they see nothing, not even that a disclosure happened. Emergency readers see nothing.
/// </summary>
public sealed class ListDisclosures(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<IReadOnlyList<DisclosureView>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var entries = await db.Set<DisclosureEntry>().AsNoTracking().Where(e => e.ParticipantId == participantId).OrderBy(e => e.RecordedAt).ToListAsync(ct);
        var byTarget = entries.Where(e => e.RefersToEntryId is not null).ToLookup(e => e.RefersToEntryId!.Value);
        var shared = entries.Where(e => e.Kind == DisclosureEntryKind.TeamShare).Select(e => e.RefersToEntryId).ToHashSet();
        var onTeam = standing.TeamRoles.Count > 0;
        var visible = standing.IsDirector ? entries : onTeam ? [.. entries.Where(e => e.Kind == DisclosureEntryKind.Disclosure && shared.Contains(e.Id))] : [];
        var userIds = visible.Select(e => e.RecordedByUserId).Distinct().ToList();
        // A case team usually sees no entry at all: then there is nobody to name and nothing to ask the database.
        var names = userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.Disclosure, null, participantId, $"{visible.Count} register entries shown");
        await db.SaveChangesAsync(ct);
        return [.. visible.Select(e =>
        {
            var approval = byTarget[e.Id].FirstOrDefault(f => f.Kind == DisclosureEntryKind.Approval);
            return new DisclosureView(
                e.Id, e.Kind, e.RefersToEntryId, e.Threshold, e.LegalBasis, e.RecipientAgency,
                e.Fields?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
                cipher.Open(e.ContentSealed, e.Id, "Content"), e.ContentSha256,
                standing.IsDirector ? cipher.Open(e.RationaleSealed, e.Id, "Rationale") : null,
                e.RequiresApproval, e.Kind == DisclosureEntryKind.Disclosure && (!e.RequiresApproval || approval is not null),
                approval?.RecordedAt, shared.Contains(e.Id), names.GetValueOrDefault(e.RecordedByUserId, "former user"), e.RecordedAt);
        })];
    }
}

public sealed record DisclosureView(
    Guid Id,
    DisclosureEntryKind Kind,
    Guid? RefersToEntryId,
    string? Threshold,
    string? LegalBasis,
    string? RecipientAgency,
    IReadOnlyList<string> Fields,
    string? Content,
    string? ContentSha256,
    string? Rationale,
    bool RequiresApproval,
    bool Released,
    DateTimeOffset? ApprovedAt,
    bool SharedWithTeam,
    string RecordedBy,
    DateTimeOffset RecordedAt);
