using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

using Offramp.Core.Participants;

namespace Offramp.Core.Audit;

/// <summary>
/// The guard that makes a forgotten audit impossible rather than unlikely: a save that adds, changes or deletes any row
/// of a participant's record (the participant, or any entity with a ParticipantId) is refused unless an audit event of
/// the same unit of work names that participant. Work over many records at once (seeding, key rotation, retention)
/// says so with <see cref="AuditTrail.RecordForEveryParticipant"/>.
/// </summary>
internal static class UnauditedCaseChanges
{
    public static void Refuse(ChangeTracker tracker, AuditTrail audit)
    {
        if (audit.CoversEveryParticipant)
        {
            return;
        }

        HashSet<Guid>? named = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is AuditEvent)
            {
                continue;
            }

            if (ParticipantOf(entry) is not { } participantId)
            {
                continue;
            }

            named ??= [.. audit.Pending.Select(e => e.ParticipantId).OfType<Guid>()];
            if (!named.Contains(participantId))
            {
                throw new InvalidOperationException(
                    $"A change to a participant's {entry.Metadata.ClrType.Name} ({entry.State}) was about to be saved without an audit event naming the participant. Record one with db.Audit.Record in the use case.");
            }
        }
    }

    private static Guid? ParticipantOf(EntityEntry entry) => entry.Entity is Participant participant
        ? participant.Id
        : entry.Metadata.FindProperty("ParticipantId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null;
}
