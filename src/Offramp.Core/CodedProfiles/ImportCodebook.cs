using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// Organisation admins import a codebook file as a draft (a draft of the same version is replaced). A published
/// version never changes: importing it again is refused. A file with any schema error changes nothing.
/// </summary>
public sealed class ImportCodebook(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<CodebookVersion> ExecuteAsync(string json, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        CodebookGuard.RequireAdmin(scope);
        return await ImportAsync(scope.OrganisationId, json, ct);
    }

    /// <summary>For the demo seed and the command line, which act for an organisation named by the operator.</summary>
    public async Task<CodebookVersion> ImportAsync(Guid organisationId, string json, CancellationToken ct = default)
    {
        var definition = CodebookParser.Parse(json);
        var existing = await db.Set<CodebookVersion>()
            .SingleOrDefaultAsync(v => v.OrganisationId == organisationId && v.Name == definition.Name && v.Label == definition.Version, ct);
        if (existing is { Status: CodebookStatus.Published })
        {
            throw new ConflictException(Phrase.Of($"Version {definition.Version} of '{definition.Name}' is published and cannot change: import it as a new version."));
        }

        var stored = CodebookParser.Serialize(definition);
        if (existing is null)
        {
            existing = new CodebookVersion { OrganisationId = organisationId, Name = definition.Name, Label = definition.Version, Definition = stored, ImportedAt = clock.UtcNow };
            db.Set<CodebookVersion>().Add(existing);
            db.Audit.Record(AuditActions.Create, AuditEntities.Codebook, existing.Id, null, $"draft {definition.Version}");
        }
        else
        {
            existing.Definition = stored;
            existing.ImportedAt = clock.UtcNow;
            db.Audit.Record(AuditActions.Update, AuditEntities.Codebook, existing.Id, null, $"draft {definition.Version} replaced");
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }
}
