using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Data;

namespace Offramp.Core.CodedProfiles;

/// <summary>The organisation's codebook versions: published ones for everyone, drafts for its admins too. No case data.</summary>
public sealed class ListCodebooks(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<CodebookSummary>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var versions = await db.Set<CodebookVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == scope.OrganisationId && (scope.IsOrganisationAdmin || v.Status == CodebookStatus.Published))
            .ToListAsync(ct);
        return [.. versions.OrderByDescending(v => v.PublishedAt ?? DateTimeOffset.MaxValue).ThenByDescending(v => v.ImportedAt)
            .Select(v => new CodebookSummary(v.Id, v.Version, v.Name, v.Label, v.Status, v.ImportedAt, v.PublishedAt, v.Parsed()))];
    }

    /// <summary>The version participants of the organisation are coded on: the newest published one, or none yet.</summary>
    public static async Task<CodebookVersion?> CurrentAsync(OfframpDbContext db, Guid organisationId, CancellationToken ct) =>
        (await db.Set<CodebookVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == organisationId && v.Status == CodebookStatus.Published)
            .ToListAsync(ct))
        .OrderByDescending(v => v.PublishedAt)
        .FirstOrDefault();
}

public sealed record CodebookSummary(Guid Id, int Version, string Name, string Label, CodebookStatus Status, DateTimeOffset ImportedAt, DateTimeOffset? PublishedAt, CodebookDefinition Definition);
