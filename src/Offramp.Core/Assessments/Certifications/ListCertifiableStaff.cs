using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Certifications;

/// <summary>The active users the caller may record a certification for, by name: the choices of the certification form.</summary>
public sealed class ListCertifiableStaff(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<CertifiableUser>> ExecuteAsync(CancellationToken ct = default)
    {
        var reach = CertifierReach.Of(await scopes.GetAsync(ct));
        return await reach.Users(db).AsNoTracking()
            .Where(u => u.IsActive)
            .OrderBy(u => u.DisplayName)
            .Select(u => new CertifiableUser(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }
}

public sealed record CertifiableUser(Guid UserId, string DisplayName);
