using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>Publishing freezes a draft: from then on it can be rated and never changes.</summary>
public sealed class PublishInstrument(OfframpDbContext db, ScopeLoader scopes, IClock clock)
{
    public async Task<int> ExecuteAsync(Guid instrumentId, int expectedVersion, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        InstrumentGuard.RequireAdmin(scope);
        var instrument = await db.Set<InstrumentVersion>().SingleOrDefaultAsync(v => v.Id == instrumentId && v.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        db.ExpectVersion(instrument, expectedVersion);
        Publish(instrument);
        await db.SaveChangesAsync(ct);
        return instrument.Version;
    }

    /// <summary>For the command line: publish a draft of an organisation by name and version.</summary>
    public async Task PublishAsync(Guid organisationId, string name, string label, CancellationToken ct = default)
    {
        var instrument = await db.Set<InstrumentVersion>().SingleOrDefaultAsync(v => v.OrganisationId == organisationId && v.Name == name && v.Label == label, ct)
            ?? throw new NotFoundException();
        Publish(instrument);
        await db.SaveChangesAsync(ct);
    }

    private void Publish(InstrumentVersion instrument)
    {
        if (instrument.Status == InstrumentStatus.Published)
        {
            throw new ConflictException(Phrase.Of($"Version {instrument.Label} of '{instrument.Name}' is already published."));
        }

        instrument.Status = InstrumentStatus.Published;
        instrument.PublishedAt = clock.UtcNow;
        db.Audit.Record(AuditActions.Update, AuditEntities.Instrument, instrument.Id, null, $"published {instrument.Label}");
    }
}
