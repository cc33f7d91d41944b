using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;

namespace Offramp.Core.Disclosure;

/// <summary>
/// The register of the programs a director directs, as CSV for the organisation's records: who, when, what kind, to
/// whom, which fields and the hash of the content, never the content itself. Cells are spreadsheet-safe.
/// </summary>
public sealed class ExportDisclosureRegister(OfframpDbContext db, ScopeLoader scopes)
{
    public static readonly IReadOnlyList<string> Header =
        ["recorded_at", "participant", "kind", "refers_to", "threshold", "legal_basis", "recipient_agency", "fields", "content_sha256", "recorded_by"];

    public async Task<string> ExecuteAsync(CancellationToken ct = default) =>
        SpreadsheetCsv.Document(Header, await RowsAsync("exported as CSV", ct));

    /// <summary>The register's rows in <see cref="Header"/> order, oldest first; the read is audited as <paramref name="purpose"/>.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string?>>> RowsAsync(string purpose, CancellationToken ct = default) =>
        [.. (await EntriesAsync(purpose, ct)).Select(e => (IReadOnlyList<string?>)
        [
            e.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ParticipantCode,
            e.Kind.ToString(), e.RefersToEntryId?.ToString(), e.Threshold, e.LegalBasis, e.RecipientAgency, e.Fields, e.ContentSha256,
            e.RecordedBy,
        ])];

    /// <summary>The register's entries, oldest first, for a page to show in words; the read is audited as <paramref name="purpose"/>.</summary>
    public async Task<IReadOnlyList<DisclosureRegisterEntry>> EntriesAsync(string purpose, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var programs = scope.DirectedPrograms.ToList();
        if (programs.Count == 0)
        {
            throw new NotFoundException();
        }

        var entries = await db.Set<DisclosureEntry>().AsNoTracking()
            .Where(e => e.OrganisationId == scope.OrganisationId && programs.Contains(e.ProgramId))
            .OrderBy(e => e.RecordedAt).ToListAsync(ct);
        var participantIds = entries.Select(e => e.ParticipantId).Distinct().ToList();
        var codes = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, ct);
        var userIds = entries.Select(e => e.RecordedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        db.Audit.Record(AuditActions.Read, AuditEntities.DisclosureRegister, null, null, $"{entries.Count} entries {purpose}");
        await db.SaveChangesAsync(ct);
        return [.. entries.Select(e => new DisclosureRegisterEntry(
            e.Id, e.RecordedAt, e.ParticipantId, codes.GetValueOrDefault(e.ParticipantId), e.Kind, e.RefersToEntryId, e.Threshold, e.LegalBasis,
            e.RecipientAgency, e.Fields, e.ContentSha256, names.GetValueOrDefault(e.RecordedByUserId, "former user")))];
    }
}

/// <summary>One entry of the disclosure register: never the content, only its hash.</summary>
public sealed record DisclosureRegisterEntry(
    Guid Id, DateTimeOffset RecordedAt, Guid ParticipantId, string? ParticipantCode, DisclosureEntryKind Kind, Guid? RefersToEntryId,
    string? Threshold, string? LegalBasis, string? RecipientAgency, string? Fields, string? ContentSha256, string RecordedBy)
{
    /// <summary>The disclosed fields' names as stored ("GivenName, DateOfBirth").</summary>
    public IEnumerable<string> FieldNames => (Fields ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
