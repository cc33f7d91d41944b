using System.Globalization;

using Offramp.Core.Participants.Search;
using Offramp.Core.Security;

namespace Offramp.Core.Participants;

/// <summary>Seals a participant's identifiers field by field and keeps the blind indexes in step with them.</summary>
public sealed class IdentitySealer(FieldCipher cipher, BlindIndexer indexer)
{
    public void Seal(Participant p, ParticipantIdentity identity)
    {
        p.GivenNameSealed = cipher.Seal(identity.GivenName?.Trim(), p.Id, nameof(identity.GivenName));
        p.FamilyNameSealed = cipher.Seal(identity.FamilyName?.Trim(), p.Id, nameof(identity.FamilyName));
        p.AliasesSealed = cipher.Seal(identity.Aliases?.Trim(), p.Id, nameof(identity.Aliases));
        p.DateOfBirthSealed = cipher.Seal(identity.DateOfBirth?.ToString("O", CultureInfo.InvariantCulture), p.Id, nameof(identity.DateOfBirth));
        p.NationalIdSealed = cipher.Seal(identity.NationalId?.Trim(), p.Id, nameof(identity.NationalId));
        p.ContactsSealed = cipher.Seal(identity.Contacts?.Trim(), p.Id, nameof(identity.Contacts));
        p.AddressSealed = cipher.Seal(identity.Address?.Trim(), p.Id, nameof(identity.Address));
    }

    public ParticipantIdentity Open(Participant p) => new()
    {
        GivenName = cipher.Open(p.GivenNameSealed, p.Id, nameof(ParticipantIdentity.GivenName)),
        FamilyName = cipher.Open(p.FamilyNameSealed, p.Id, nameof(ParticipantIdentity.FamilyName)),
        Aliases = cipher.Open(p.AliasesSealed, p.Id, nameof(ParticipantIdentity.Aliases)),
        DateOfBirth = cipher.Open(p.DateOfBirthSealed, p.Id, nameof(ParticipantIdentity.DateOfBirth)) is { } dob
            ? DateOnly.ParseExact(dob, "O", CultureInfo.InvariantCulture)
            : null,
        NationalId = cipher.Open(p.NationalIdSealed, p.Id, nameof(ParticipantIdentity.NationalId)),
        Contacts = cipher.Open(p.ContactsSealed, p.Id, nameof(ParticipantIdentity.Contacts)),
        Address = cipher.Open(p.AddressSealed, p.Id, nameof(ParticipantIdentity.Address)),
    };

    /// <summary>Index entries for search: full name, each alias, national ID, and each word of a name (word, beginning, sound).</summary>
    public IEnumerable<BlindIndexEntry> IndexEntries(Participant p, ParticipantIdentity identity)
    {
        var names = NamesOf(identity);
        foreach (var name in names.Where(n => BlindIndexer.Normalise(n).Length > 0).Select(BlindIndexer.Normalise).Distinct())
        {
            yield return Entry(p, BlindIndexKind.Name, indexer.Hash(name, "name"));
        }

        if (!string.IsNullOrWhiteSpace(identity.NationalId))
        {
            yield return Entry(p, BlindIndexKind.NationalId, indexer.Hash(identity.NationalId, "national-id"));
        }

        foreach (var entry in WordEntries(p, names))
        {
            yield return entry;
        }
    }

    /// <summary>The word, beginning and sound entries of <paramref name="names"/>: what finds a person by part of a name.</summary>
    public IEnumerable<BlindIndexEntry> WordEntries(Participant p, IEnumerable<string> names)
    {
        var tokens = names.SelectMany(NameKeys.Tokens).Distinct().ToList();
        var hashes = tokens.Select(t => (BlindIndexKind.NameWord, (string?)t))
            .Concat(tokens.Select(t => (BlindIndexKind.NameBeginning, NameKeys.Prefix(t))))
            .Concat(tokens.Select(t => (BlindIndexKind.NameSound, NameKeys.Sound(t))))
            .Where(k => k.Item2 is not null)
            .Select(k => (Kind: k.Item1, Hash: SearchHash(k.Item1, k.Item2!)))
            .Distinct();
        return hashes.Select(h => Entry(p, h.Kind, h.Hash));
    }

    /// <summary>Every name a participant is known by: the full name and each alias.</summary>
    public static List<string> NamesOf(ParticipantIdentity identity)
    {
        var names = new List<string> { identity.FullName };
        names.AddRange((identity.Aliases ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return names;
    }

    public string SearchHash(BlindIndexKind kind, string value) => indexer.Hash(value, kind switch
    {
        BlindIndexKind.Name => "name",
        BlindIndexKind.NationalId => "national-id",
        BlindIndexKind.NameWord => "name-word",
        BlindIndexKind.NameBeginning => "name-beginning",
        _ => "name-sound",
    });

    private static BlindIndexEntry Entry(Participant p, BlindIndexKind kind, string hash) =>
        new() { ParticipantId = p.Id, OrganisationId = p.OrganisationId, Kind = kind, Hash = hash };
}
