namespace Offramp.Core.Participants;

/// <summary>
/// Keyed HMAC of a normalised identifier (full name, alias, national ID). Exact-match search compares these
/// hashes, so the database never has to decrypt everyone to find one person.
/// </summary>
public sealed class BlindIndexEntry
{
    public long Id { get; set; }

    public Guid ParticipantId { get; set; }

    public Guid OrganisationId { get; set; }

    public BlindIndexKind Kind { get; set; }

    public required string Hash { get; set; }
}

public enum BlindIndexKind
{
    Name,
    NationalId,
}
