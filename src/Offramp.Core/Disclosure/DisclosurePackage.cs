using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Offramp.Core.Participants;
using Offramp.Core.Safeguarding;

namespace Offramp.Core.Disclosure;

/// <summary>
/// Exactly what leaves the organisation: the chosen fields in a fixed order, as canonical JSON, and its SHA-256.
/// The preview shows <see cref="Items"/>; the decision stores <see cref="Canonical"/> and <see cref="Sha256"/>, so what
/// the director saw, what was sent and what the register holds are the same bytes.
/// </summary>
public sealed record DisclosurePackage(IReadOnlyList<DisclosureItem> Items, string Canonical, string Sha256)
{
    public static DisclosurePackage Build(DisclosureSource source, IEnumerable<DisclosableField> fields)
    {
        var chosen = fields.Distinct().Order().ToList();
        var items = chosen.Select(f => new DisclosureItem(f, ValueOf(source, f) ?? "")).ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var item in items)
            {
                json.WriteString(item.Field.ToString(), item.Value);
            }

            json.WriteEndObject();
        }

        var canonical = Encoding.UTF8.GetString(buffer.ToArray());
        return new DisclosurePackage(items, canonical, Hash(canonical));
    }

    public static string Hash(string canonical) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    private static string? ValueOf(DisclosureSource s, DisclosableField field) => field switch
    {
        DisclosableField.ParticipantCode => s.Participant.Code,
        DisclosableField.GivenName => s.Identity.GivenName,
        DisclosableField.FamilyName => s.Identity.FamilyName,
        DisclosableField.Aliases => s.Identity.Aliases,
        DisclosableField.DateOfBirth => s.Identity.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DisclosableField.NationalId => s.Identity.NationalId,
        DisclosableField.Contacts => s.Identity.Contacts,
        DisclosableField.Address => s.Identity.Address,
        DisclosableField.Nationality => s.Participant.Nationality,
        DisclosableField.Program => s.ProgramName,
        DisclosableField.Stage => s.Participant.Stage.ToString(),
        DisclosableField.ConcernObservedOn => s.Concern?.ObservedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DisclosableField.ConcernObservation => s.ConcernObservation,
        _ => null,
    };
}

public sealed record DisclosureItem(DisclosableField Field, string Value);

/// <summary>What a package is cut from: the opened record, its program and (optionally) the concern behind the decision.</summary>
public sealed record DisclosureSource(Participant Participant, ParticipantIdentity Identity, string ProgramName, Concern? Concern, string? ConcernObservation);
