using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// A statement signed with the installation's Ed25519 audit key: "the chain had event <see cref="Sequence"/> with
/// hash <see cref="Hash"/> at <see cref="SignedAt"/>". One line of the witness file, or the content of an exported head.
/// A linear hash chain needs no consistency proof (RFC 9162 §2.1.4): a later chain is consistent with this head
/// exactly when it still holds this (sequence, hash), because every hash commits to everything before it.
/// </summary>
public sealed record SignedHead
{
    public const string HeadKind = "head";

    /// <summary>A deliberate `offramp backup restore`: the chain was set back to this head on purpose.</summary>
    public const string RestoreKind = "restore";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Kind { get; init; }

    public required long Sequence { get; init; }

    public required string Hash { get; init; }

    /// <summary>ISO 8601 UTC text, signed exactly as written so any Ed25519 tool can check the line.</summary>
    public required string SignedAt { get; init; }

    /// <summary>For a restore: the newest event the witness had seen before the chain was set back.</summary>
    public long? RolledBackFrom { get; init; }

    public required string Signature { get; init; }

    /// <summary>Present in exported head files so a reader knows which key to check against.</summary>
    public string? PublicKey { get; init; }

    /// <summary>The signed bytes: <c>offramp-audit-head-v1|kind|sequence|hash|signedAt|rolledBackFrom</c>.</summary>
    public static byte[] Payload(string kind, long sequence, string hash, string signedAt, long? rolledBackFrom) =>
        Encoding.UTF8.GetBytes(string.Join(
            '|',
            "offramp-audit-head-v1",
            kind,
            sequence.ToString(CultureInfo.InvariantCulture),
            hash,
            signedAt,
            rolledBackFrom?.ToString(CultureInfo.InvariantCulture) ?? ""));

    public byte[] Payload() => Payload(Kind, Sequence, Hash, SignedAt, RolledBackFrom);

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>Null when the text is not a complete signed head.</summary>
    public static SignedHead? Parse(string text)
    {
        try
        {
            var head = JsonSerializer.Deserialize<SignedHead>(text, Json);
            return head is { Kind: HeadKind or RestoreKind, Sequence: >= 0, Hash.Length: 64, Signature.Length: > 0 } ? head : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
