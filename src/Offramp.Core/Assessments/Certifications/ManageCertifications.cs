using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Certifications;

/// <summary>
/// Organisation admins record and list assessor certifications of their organisation's users; program directors those
/// of the staff of the programs they direct (see <see cref="CertifierReach"/>).
/// </summary>
public sealed class ManageCertifications(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<Guid> RecordAsync(CertificationCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var reach = CertifierReach.Of(scope);
        CommandValidation.Ensure(command);
        if (!await reach.Users(db).AnyAsync(u => u.Id == command.UserId, ct))
        {
            throw new DomainException(reach.Programs is null ? "There is no such user in your organisation." : "There is no such user among the staff of the programs you direct.", nameof(command.UserId));
        }

        var certification = new AssessorCertification
        {
            OrganisationId = scope.OrganisationId,
            UserId = command.UserId,
            InstrumentName = command.InstrumentName.Trim(),
            CertifiedOn = command.CertifiedOn,
            ValidUntil = command.ValidUntil,
            Reference = command.Reference?.Trim(),
        };
        db.Set<AssessorCertification>().Add(certification);
        db.Audit.Record(AuditActions.Create, AuditEntities.AssessorCertification, certification.Id, null, $"valid until {command.ValidUntil:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        return certification.Id;
    }

    public async Task<IReadOnlyList<CertificationView>> ListAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var reach = CertifierReach.Of(scope);
        var today = clock.Today;
        var rows = await (
                from c in db.Set<AssessorCertification>().AsNoTracking()
                join u in reach.Users(db).AsNoTracking() on c.UserId equals u.Id
                where c.OrganisationId == scope.OrganisationId
                select new { c, u.DisplayName })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.DisplayName).ThenBy(r => r.c.InstrumentName)
            .Select(r => new CertificationView(r.c.Id, r.c.UserId, r.DisplayName, r.c.InstrumentName, r.c.CertifiedOn, r.c.ValidUntil, r.c.Reference, r.c.IsValidOn(today)))];
    }
}

public sealed record CertificationView(Guid Id, Guid UserId, string DisplayName, string InstrumentName, DateOnly CertifiedOn, DateOnly ValidUntil, string? Reference, bool ValidToday);
