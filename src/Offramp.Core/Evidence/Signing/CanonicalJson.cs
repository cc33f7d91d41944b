using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Offramp.Core.Evidence.Signing;

/// <summary>
/// The one byte form of a bundle that is signed: camelCase, object members sorted by ordinal name, no whitespace,
/// UTF-8. The same bundle always gives the same bytes, so a signature can be recomputed and compared anywhere.
/// </summary>
public static class CanonicalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static byte[] Bytes<T>(T value) => Sorted(JsonSerializer.SerializeToNode(value, Options)) is { } node
        ? JsonSerializer.SerializeToUtf8Bytes(node, Options)
        : "null"u8.ToArray();

    public static T Read<T>(byte[] utf8) => JsonSerializer.Deserialize<T>(utf8, Options)
        ?? throw new JsonException("The document is empty.");

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(item => Sorted(item?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
