using System.Text.Json;
using System.Text.Json.Nodes;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Signing;

/// <summary>Why a file is not a released bundle anyone should trust.</summary>
public enum EvidenceRejection
{
    NotSigned,
    Tampered,
    KeyIdMismatch,
    SchemaInvalid,
    UnknownKey,
    RevokedKey,
    PeriodAlreadyPublished,
}

/// <summary>A refusal with its reason in words.</summary>
public sealed class EvidenceRejectedException(EvidenceRejection reason, Phrase message) : DomainException(message, "file")
{
    public EvidenceRejection Reason { get; } = reason;
}

/// <summary>
/// Opens a signed evidence file and checks everything that can be checked without trusting anyone: the envelope, the
/// signature against the public key it names, that the key id belongs to that key, and the bundle against its schema.
/// Whether the key belongs to a publisher worth trusting is the hub's question (<see cref="Hub.ReceiveEvidenceBundle"/>).
/// </summary>
public static class EvidenceFile
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly EmbeddedJsonSchema Schema = new("schemas/evidence-bundle-1.schema.json");

    public static (SignedEvidence Envelope, EvidenceBundle Bundle) Open(byte[] file)
    {
        if (file.Length > MaxBytes)
        {
            throw new EvidenceRejectedException(EvidenceRejection.SchemaInvalid, Phrase.Of("The file is larger than an evidence bundle can be (2 MB)."));
        }

        var envelope = Verified(file);
        return (envelope, Bundle(envelope.PayloadBytes()));
    }

    /// <summary>
    /// The envelope of any signed file (evidence bundle, practice profile or lesson) once its signature is checked
    /// against the public key it names and the key id is shown to belong to that key; the payload is not yet read.
    /// </summary>
    public static SignedEvidence Verified(byte[] file)
    {
        var envelope = Envelope(file);
        var publicKey = Decode(envelope.PublicKey, "public key");
        if (publicKey.Length != 32)
        {
            throw new EvidenceRejectedException(EvidenceRejection.NotSigned, Phrase.Of("The file's public key is not an Ed25519 key."));
        }

        if (PublishingKeys.KeyIdOf(publicKey) != envelope.KeyId)
        {
            throw new EvidenceRejectedException(EvidenceRejection.KeyIdMismatch, Phrase.Of($"The key id {envelope.KeyId} does not belong to the public key in the file."));
        }

        if (!envelope.IsSignedBy(publicKey))
        {
            throw new EvidenceRejectedException(EvidenceRejection.Tampered, Phrase.Of("The signature does not match the content: the file was changed after it was signed, or signed by another key."));
        }

        return envelope;
    }

    private static SignedEvidence Envelope(byte[] file)
    {
        SignedEvidence? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SignedEvidence>(file, CanonicalJson.Options);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null || envelope.Format != SignedEvidence.FormatId || envelope.Algorithm != "Ed25519" ||
            string.IsNullOrEmpty(envelope.Payload) || string.IsNullOrEmpty(envelope.Signature) || string.IsNullOrEmpty(envelope.KeyId) || string.IsNullOrEmpty(envelope.PublicKey))
        {
            // Not a constant, or the compiler folds the interpolation into one string and the phrase loses its template.
            var format = SignedEvidence.FormatId;
            throw new EvidenceRejectedException(EvidenceRejection.NotSigned,
                Phrase.Of($"This is not a signed evidence bundle: expected a JSON file with format \"{format}\", algorithm Ed25519, keyId, publicKey, payload and signature."));
        }

        Decode(envelope.Payload, "payload");
        Decode(envelope.Signature, "signature");
        return envelope;
    }

    private static EvidenceBundle Bundle(byte[] payload)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(payload);
        }
        catch (JsonException e)
        {
            throw new EvidenceRejectedException(EvidenceRejection.SchemaInvalid, Phrase.Of($"The signed content is not JSON: {e.Message}"));
        }

        var violations = node is null ? new() { ["$"] = ["The bundle is empty."] } : Schema.Violations(node);
        if (violations.Count > 0)
        {
            var first = violations.Take(5).Select(v => $"{v.Key}: {string.Join(" ", v.Value)}");
            throw new EvidenceRejectedException(EvidenceRejection.SchemaInvalid, Phrase.Of($"The bundle does not follow {EvidenceBundle.SchemaId}: {string.Join("; ", first)}"));
        }

        var bundle = CanonicalJson.Read<EvidenceBundle>(payload);
        var problems = EvidenceBundleConsistency.Problems(bundle);
        if (problems.Count > 0)
        {
            throw new EvidenceRejectedException(EvidenceRejection.SchemaInvalid, Phrase.Of($"The bundle does not follow {EvidenceBundle.SchemaId}: {string.Join(" ", problems.Distinct().Take(5))}"));
        }

        return bundle;
    }

    private static byte[] Decode(string base64, string what)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new EvidenceRejectedException(EvidenceRejection.NotSigned, Phrase.Of($"The file's {what} is not base64."));
        }
    }
}
