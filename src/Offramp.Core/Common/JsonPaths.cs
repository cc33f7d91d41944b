using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Offramp.Core.Common;

/// <summary>
/// Finds and replaces a node by the simple JSON paths the schema messages and <see cref="TranslatableText"/> use:
/// "$", then ".name" and "[index]" steps (property names here never hold dots or brackets).
/// </summary>
public static partial class JsonPaths
{
    public static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var step in Steps(path))
        {
            node = step switch
            {
                int index when node is JsonArray a && index < a.Count => a[index],
                string name when node is JsonObject o => o[name],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    public static void Replace(JsonNode root, string path, JsonNode replacement)
    {
        var steps = Steps(path).ToList();
        var parent = steps.Count == 1 ? root : Find(root, Path(steps[..^1]));
        switch (steps[^1], parent)
        {
            case (int index, JsonArray a):
                a[index] = replacement;
                break;
            case (string name, JsonObject o):
                o[name] = replacement;
                break;
        }
    }

    private static IEnumerable<object> Steps(string path) =>
        Step().Matches(path).Select(m => m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : (object)m.Groups["name"].Value);

    private static string Path(IEnumerable<object> steps) => "$" + string.Concat(steps.Select(s => s is int i ? $"[{i}]" : $".{s}"));

    [GeneratedRegex(@"\.(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
