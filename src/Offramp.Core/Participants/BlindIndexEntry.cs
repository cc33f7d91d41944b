namespace Offramp.Core.Participants;

/// <summary>
/// Keyed HMAC of a normalised identifier (full name, alias, national ID) or of a key derived from a name (a word, its
/// first letters, its sound). Search compares these hashes, so the database never has to decrypt everyone to find one
/// person; what each kind reveals is in docs/search.md.
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
    /// <summary>The whole name or an alias.</summary>
    Name,
    NationalId,

    /// <summary>One word of a name or alias.</summary>
    NameWord,

    /// <summary>The first three letters of a word of a name.</summary>
    NameBeginning,

    /// <summary>The sound key of a word of a name (see <see cref="Search.NameKeys.Sound"/>).</summary>
    NameSound,
}
