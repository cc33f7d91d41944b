using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Json.Schema;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// instruments/instrument.schema.json, embedded at build, is the one statement of an instrument file's shape: a file is
/// checked against it with JsonSchema.Net and every violation comes back under the JSON path of the value at fault.
/// </summary>
public static class InstrumentSchema
{
    public const string ResourceName = "instruments/instrument.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private static readonly EvaluationOptions ListAll = new() { OutputFormat = OutputFormat.List };

    /// <summary>Every violation of the schema, by JSON path ("$.domains[1].items[0].direction"); empty when the file conforms.</summary>
    public static Dictionary<string, List<string>> Violations(JsonNode root)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var results = Schema.Value.Evaluate(JsonSerializer.SerializeToElement(root), ListAll);
        foreach (var result in (results.Details ?? []).Where(r => r.Errors is { Count: > 0 }))
        {
            var path = JsonPath(result.InstanceLocation.ToString());
            foreach (var (keyword, message) in result.Errors!)
            {
                // additionalProperties: false answers "All values fail against the false schema"; say what it means.
                var text = keyword.Length == 0 ? "Unknown property: the schema allows no other here." : message;
                if (!errors.TryGetValue(path, out var messages))
                {
                    errors[path] = messages = [];
                }

                messages.Add(text);
            }
        }

        return errors;
    }

    private static JsonSchema Load()
    {
        // Tokens in the messages: say which values an enum accepts, not only that the value is not one of them.
        ErrorMessages.Enum = "Must be one of [[values]].";
        using var stream = typeof(InstrumentSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the build.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>A JSON Pointer ("/domains/1/items/0") as the JSON path the messages use ("$.domains[1].items[0]").</summary>
    private static string JsonPath(string pointer)
    {
        var path = "$";
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? $"[{index}]" : $".{name}";
        }

        return path;
    }
}
