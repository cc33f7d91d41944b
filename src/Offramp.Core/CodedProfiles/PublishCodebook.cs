using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.CodedProfiles;

/// <summary>Publishing freezes a draft; the newest published version is the one participants are coded on from then.</summary>
public sealed class PublishCodebook(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<int> ExecuteAsync(Guid codebookId, int expectedVersion, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        CodebookGuard.RequireAdmin(scope);
        var codebook = await db.Set<CodebookVersion>().SingleOrDefaultAsync(v => v.Id == codebookId && v.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        db.ExpectVersion(codebook, expectedVersion);
        Publish(codebook);
        await db.SaveChangesAsync(ct);
        return codebook.Version;
    }

    /// <summary>For the demo seed: publish a draft just imported for an organisation.</summary>
    public async Task PublishAsync(CodebookVersion codebook, CancellationToken ct = default)
    {
        Publish(codebook);
        await db.SaveChangesAsync(ct);
    }

    private void Publish(CodebookVersion codebook)
    {
        if (codebook.Status == CodebookStatus.Published)
        {
            throw new ConflictException(Phrase.Of($"Version {codebook.Label} of '{codebook.Name}' is already published."));
        }

        codebook.Status = CodebookStatus.Published;
        codebook.PublishedAt = clock.UtcNow;
        db.Audit.Record(AuditActions.Update, AuditEntities.Codebook, codebook.Id, null, $"published {codebook.Label}");
    }
}
