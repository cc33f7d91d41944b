using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Json.Schema;

namespace Offramp.Core.Common;

/// <summary>
/// A JSON Schema embedded at build (instruments, evidence bundles), checked with JsonSchema.Net; every violation comes
/// back under the JSON path of the value at fault, all at once.
/// </summary>
public sealed class EmbeddedJsonSchema(string resourceName)
{
    private static readonly EvaluationOptions ListAll = new() { OutputFormat = OutputFormat.List };

    private readonly Lazy<JsonSchema> schema = new(() => Load(resourceName));

    public string ResourceName => resourceName;

    /// <summary>Every violation of the schema, by JSON path ("$.domains[1].items[0].direction"); empty when the document conforms.</summary>
    public Dictionary<string, List<Phrase>> Violations(JsonNode root)
    {
        var errors = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var results = schema.Value.Evaluate(JsonSerializer.SerializeToElement(root), ListAll);
        if (results.IsValid)
        {
            // The list also carries the failures of alternatives a oneOf rejected on its way to the one that fits.
            return errors;
        }

        // Likewise when the document fails elsewhere: a failure under a node that passed (an alternative a oneOf did
        // not take, while another fitted) says nothing about the document, and is left out.
        var details = results.Details ?? [];
        var passed = details.Where(r => r.IsValid).Select(r => (Evaluation: r.EvaluationPath.ToString(), Instance: r.InstanceLocation.ToString())).ToList();
        foreach (var result in details.Where(r => r.Errors is { Count: > 0 } && !UnderPassed(r, passed)))
        {
            var path = JsonPath(result.InstanceLocation.ToString());
            foreach (var (keyword, message) in result.Errors!)
            {
                // additionalProperties: false answers "All values fail against the false schema"; say what it means.
                // The library's own messages are its English, shown as given.
                var text = keyword.Length == 0 ? Phrase.Of("Unknown property: the schema allows no other here.") : Phrase.Verbatim(message);
                if (!errors.TryGetValue(path, out var messages))
                {
                    errors[path] = messages = [];
                }

                messages.Add(text);
            }
        }

        return errors;
    }

    private static bool UnderPassed(EvaluationResults failure, List<(string Evaluation, string Instance)> passed)
    {
        var evaluation = failure.EvaluationPath.ToString();
        var instance = failure.InstanceLocation.ToString();
        return passed.Any(p => evaluation.Length > p.Evaluation.Length && evaluation.StartsWith(p.Evaluation + "/", StringComparison.Ordinal)
            && instance.StartsWith(p.Instance, StringComparison.Ordinal));
    }

    private static JsonSchema Load(string resourceName)
    {
        // Tokens in the messages: say which values an enum accepts, not only that the value is not one of them.
        ErrorMessages.Enum = "Must be one of [[values]].";
        using var stream = typeof(EmbeddedJsonSchema).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in the build.");
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
