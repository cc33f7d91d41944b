using System.Text.Json;
using System.Text.Json.Nodes;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// Opens a signed profile or lesson and checks all that needs no trust in anyone: the signature (as for evidence
/// bundles, <see cref="EvidenceFile.Verified"/>), then the document's shape against schemas/practice-profile or
/// practice-lesson and the rules a director's form applies. Whether the key is a trusted publisher's is the hub's call.
/// </summary>
public static class LibraryFile
{
    public const int MaxBytes = 512 * 1024;

    private static readonly EmbeddedJsonSchema ProfileSchema = new("schemas/practice-profile.schema.json");
    private static readonly EmbeddedJsonSchema LessonSchema = new("schemas/practice-lesson.schema.json");

    public static (SignedEvidence Envelope, LibraryDocument Document) Open(byte[] file)
    {
        if (file.Length > MaxBytes)
        {
            throw new EvidenceRejectedException(EvidenceRejection.SchemaInvalid, Phrase.Of("The file is larger than a profile or lesson can be (512 KB)."));
        }

        var envelope = EvidenceFile.Verified(file);
        return (envelope, Document(envelope.PayloadBytes()));
    }

    private static LibraryDocument Document(byte[] payload)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(payload) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            throw Invalid($"the signed content is not a JSON object ({e.Message})");
        }

        if (root["schema"]?.GetValue<string>() != LibraryDocument.SchemaId)
        {
            throw Invalid($"it is not a practice library document (\"schema\": \"{LibraryDocument.SchemaId}\")");
        }

        var kind = root["kind"]?.GetValue<string>();
        var (content, schema) = kind switch
        {
            LibraryKinds.Profile => (root["profile"], ProfileSchema),
            LibraryKinds.Lesson => (root["lesson"], LessonSchema),
            _ => throw Invalid("its kind is neither \"profile\" nor \"lesson\""),
        };
        var violations = content is null ? new() { [$"$.{kind}"] = ["missing"] } : schema.Violations(content);
        if (violations.Count > 0)
        {
            throw Invalid(string.Join("; ", violations.Take(5).Select(v => $"{v.Key}: {string.Join(" ", v.Value)}")));
        }

        LibraryDocument document;
        try
        {
            document = CanonicalJson.Read<LibraryDocument>(payload);
        }
        catch (JsonException e)
        {
            throw Invalid(e.Message);
        }

        if (document.Version < 1 || string.IsNullOrWhiteSpace(document.ProgramName) || document.ProgramName.Length > 200 || document.Publisher.Length > 200)
        {
            throw Invalid("the program, publisher or version is missing or too long");
        }

        try
        {
            CommandValidation.Ensure(kind == LibraryKinds.Profile ? document.Profile! : document.Lesson!);
        }
        catch (DomainException e)
        {
            throw Invalid(string.Join("; ", e.FieldErrors.Take(5).Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")));
        }

        return document;
    }

    private static EvidenceRejectedException Invalid(string why) =>
        new(EvidenceRejection.SchemaInvalid, $"This is not a valid practice library document: {why}.");
}
