using System.Text.Json;
using System.Text.Json.Serialization;

namespace Offramp.TestSupport;

/// <summary>The API's JSON conventions: camelCase, enums as strings (the API refuses numbers for enums).</summary>
public static class TestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
