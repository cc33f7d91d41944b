using System.Globalization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Participants;
using Offramp.Core.Security;
using Offramp.Core.Sessions;

namespace Offramp.Core.DataProtection;

/// <summary>
/// Produces the subject access export of an approved request (director only): identifiers, the case path, session
/// notes the law allows (restricted notes, which may reveal third parties, are listed but withheld), disclosures made
/// and who accessed the record when. Audited.
/// </summary>
public sealed class ExportSubjectAccess(OfframpDbContext db, ParticipantAccess access, IdentitySealer sealer, FieldCipher cipher, IClock clock)
{
    public async Task<SubjectAccessExport> ExecuteAsync(Guid participantId, Guid requestId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireDirector();
        var request = await db.Set<SubjectAccessRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId && r.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (request.ApprovedAt is null)
        {
            throw new ConflictException("The program director must approve the request before the export is produced.");
        }

        var p = standing.Participant;
        var sections = new List<SubjectAccessSection>
        {
            Identity(p),
            await CasePathAsync(p.Id, ct),
            await SessionsAsync(p.Id, ct),
            await DisclosuresAsync(p.Id, ct),
            await AccessLogAsync(p.Id, ct),
        };
        db.Audit.Record(AuditActions.SubjectAccessExport, AuditEntities.SubjectAccess, request.Id, p.Id, $"{sections.Sum(s => s.Rows.Count)} rows exported");
        await db.SaveChangesAsync(ct);
        return new SubjectAccessExport(p.Code, clock.UtcNow, sections);
    }

    private SubjectAccessSection Identity(Participant p)
    {
        var id = sealer.Open(p);
        return new SubjectAccessSection("Identity and details", ["Item", "Value"],
        [
            ["Code", p.Code], ["Given name", id.GivenName], ["Family name", id.FamilyName], ["Other names", id.Aliases],
            ["Date of birth", id.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], ["National ID", id.NationalId],
            ["Contacts", id.Contacts], ["Address", id.Address], ["Gender", p.Gender.ToString()], ["Nationality", p.Nationality],
            ["Languages", p.Languages], ["Stage", p.Stage.ToString()],
        ]);
    }

    private async Task<SubjectAccessSection> CasePathAsync(Guid participantId, CancellationToken ct)
    {
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ParticipantId == participantId).ToListAsync(ct);
        var stages = await db.StageChanges.AsNoTracking().Where(s => s.ParticipantId == participantId).OrderBy(s => s.RecordedAt).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.ParticipantId == participantId).ToListAsync(ct);
        var rows = new List<IReadOnlyList<string?>>();
        rows.AddRange(referrals.Select(r => (IReadOnlyList<string?>)[Date(r.ReferredOn), "Referral", $"{r.Source} by {r.Referrer}", cipher.Open(r.ReasonSealed, r.Id, "Reason")]));
        rows.AddRange(consents.Select(c => (IReadOnlyList<string?>)[Date(c.GivenOn), "Consent", $"form {c.FormVersion}", c.WithdrawnOn is { } w ? $"withdrawn {Date(w)}" : null]));
        rows.AddRange(stages.Select(s => (IReadOnlyList<string?>)[Date(s.EffectiveOn), "Stage", $"{s.FromStage} to {s.ToStage}", s.Reason]));
        return new SubjectAccessSection("Referral, consent and stages", ["Date", "Event", "What", "Details"], rows);
    }

    private async Task<SubjectAccessSection> SessionsAsync(Guid participantId, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ParticipantId == participantId).OrderBy(s => s.HeldOn).ToListAsync(ct);
        return new SubjectAccessSection("Sessions", ["Date", "Kind", "Minutes", "Notes"],
            [.. sessions.Select(s => (IReadOnlyList<string?>)[Date(s.HeldOn), s.Kind.ToString(), s.DurationMinutes.ToString(CultureInfo.InvariantCulture),
                s.Confidentiality == ConfidentialityClass.Restricted ? "(withheld: restricted notes may identify other people)" : cipher.Open(s.NotesSealed, s.Id, "Notes")])],
            "Notes of the restricted class are withheld where they could identify other people; the session itself is listed.");
    }

    private async Task<SubjectAccessSection> DisclosuresAsync(Guid participantId, CancellationToken ct)
    {
        var entries = await db.Set<DisclosureEntry>().AsNoTracking()
            .Where(e => e.ParticipantId == participantId && e.Kind == DisclosureEntryKind.Disclosure).OrderBy(e => e.RecordedAt).ToListAsync(ct);
        return new SubjectAccessSection("Disclosures to other agencies", ["Date", "Agency", "Threshold", "Legal basis", "Information shared"],
            [.. entries.Select(e => (IReadOnlyList<string?>)[Date(DateOnly.FromDateTime(e.RecordedAt.UtcDateTime)), e.RecipientAgency, e.Threshold, e.LegalBasis, e.Fields])]);
    }

    private async Task<SubjectAccessSection> AccessLogAsync(Guid participantId, CancellationToken ct)
    {
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ParticipantId == participantId).OrderBy(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.UserId, e.Action, e.EntityType }).ToListAsync(ct);
        var userIds = events.Where(e => e.UserId is not null).Select(e => e.UserId!.Value).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new SubjectAccessSection("Who accessed or changed the record", ["When (UTC)", "Who", "Action", "What"],
            [.. events.Select(e => (IReadOnlyList<string?>)[e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                e.UserId is { } u ? names.GetValueOrDefault(u, "former staff member") : "system", e.Action, e.EntityType])]);
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
