using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The open instrument published in the demo organisation, once: plans of assessment-driven programs (Healthy Identity)
/// need it before the assessment demo cases are seeded.
/// </summary>
internal static class DemoInstrument
{
    public static async Task<(InstrumentVersion Version, InstrumentDefinition Definition)> EnsureAsync(OfframpDbContext db, DemoWorld world, IClock clock, CancellationToken ct)
    {
        var definition = InstrumentParser.Parse(ShippedInstruments.Read(ShippedInstruments.OpenPathways));
        var existing = await db.Set<InstrumentVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.OrganisationId == world.Organisation.Id && v.Name == definition.Name && v.Status == InstrumentStatus.Published, ct);
        if (existing is not null)
        {
            return (existing, existing.Parsed());
        }

        var instrument = new InstrumentVersion
        {
            OrganisationId = world.Organisation.Id,
            Name = definition.Name,
            Label = definition.Version,
            Definition = InstrumentParser.Serialize(definition),
            Status = InstrumentStatus.Published,
            ImportedAt = clock.UtcNow,
            PublishedAt = clock.UtcNow,
        };
        db.Set<InstrumentVersion>().Add(instrument);
        db.Audit.Record(AuditActions.Seed, AuditEntities.Instrument, instrument.Id, null, $"published {definition.Version}");
        await db.SaveChangesAsync(ct);
        return (instrument, definition);
    }
}
