using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// Organisation admins import an instrument file as a draft version (a draft of the same version is replaced).
/// A published version is immutable: importing it again is refused. A version based on an earlier one must name a
/// published version and map only to items it has. A file with any schema error changes nothing.
/// </summary>
public sealed class ImportInstrument(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<InstrumentVersion> ExecuteAsync(string json, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        InstrumentGuard.RequireAdmin(scope);
        return await ImportAsync(scope.OrganisationId, json, ct);
    }

    /// <summary>For the command line, which acts for an organisation named by the operator (see `offramp instruments import`).</summary>
    public async Task<InstrumentVersion> ImportAsync(Guid organisationId, string json, CancellationToken ct = default)
    {
        var definition = InstrumentParser.Parse(json);
        var versions = await db.Set<InstrumentVersion>()
            .Where(v => v.OrganisationId == organisationId && v.Name == definition.Name)
            .ToListAsync(ct);
        await CheckMappingAsync(definition, versions);
        var existing = versions.SingleOrDefault(v => v.Label == definition.Version);
        if (existing is { Status: InstrumentStatus.Published })
        {
            throw new ConflictException(Phrase.Of($"Version {definition.Version} of '{definition.Name}' is published and cannot change: import it as a new version."));
        }

        var canonical = InstrumentParser.Serialize(definition);
        if (existing is null)
        {
            existing = new InstrumentVersion { OrganisationId = organisationId, Name = definition.Name, Label = definition.Version, Definition = canonical, ImportedAt = clock.UtcNow };
            db.Set<InstrumentVersion>().Add(existing);
            db.Audit.Record(AuditActions.Create, AuditEntities.Instrument, existing.Id, null, $"draft {definition.Version}");
        }
        else
        {
            existing.Definition = canonical;
            existing.ImportedAt = clock.UtcNow;
            db.Audit.Record(AuditActions.Update, AuditEntities.Instrument, existing.Id, null, $"draft {definition.Version} replaced");
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static Task CheckMappingAsync(InstrumentDefinition definition, List<InstrumentVersion> versions)
    {
        if (definition.BasedOn is not { } basedOn)
        {
            return Task.CompletedTask;
        }

        var previous = versions.SingleOrDefault(v => v.Label == basedOn.Version && v.Status == InstrumentStatus.Published)
            ?? throw new DomainException(Phrase.Of($"'{definition.Name}' has no published version {basedOn.Version} to map from."), "$.basedOn.version");
        var previousItems = previous.Parsed().Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, Phrase[]>();
        foreach (var (newKey, oldKey) in basedOn.Items)
        {
            if (definition.Item(newKey) is null)
            {
                errors[$"$.basedOn.items.{newKey}"] = [Phrase.Of($"\"{newKey}\" is not an item of this version.")];
            }
            else if (!previousItems.Contains(oldKey))
            {
                errors[$"$.basedOn.items.{newKey}"] = [Phrase.Of($"\"{oldKey}\" is not an item of version {basedOn.Version}.")];
            }
        }

        return errors.Count > 0 ? throw new DomainException(errors, "The item mapping does not match the previous version.") : Task.CompletedTask;
    }
}
