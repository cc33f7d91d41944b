using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// Reads an instrument file strictly against the documented schema and reports every problem by its JSON path
/// ("$.domains[1].items[0].direction: ..."), so an organisation entering a licensed instrument can fix its file.
/// Either the whole definition is valid or nothing is returned.
/// </summary>
public static partial class InstrumentParser
{
    private const int MaxText = 4000;

    public static InstrumentDefinition Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DomainException($"The file is not valid JSON: {e.Message}", "$");
        }

        var errors = new Errors();
        var definition = Read(root, errors);
        if (errors.Count > 0 || definition is null)
        {
            throw new DomainException(errors.ToDictionary(), "The instrument does not follow the schema.");
        }

        return definition;
    }

    public static string Serialize(InstrumentDefinition definition) => JsonSerializer.Serialize(ToNode(definition), Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static InstrumentDefinition? Read(JsonNode? root, Errors errors)
    {
        if (root is not JsonObject o)
        {
            errors.Add("$", "The instrument must be a JSON object.");
            return null;
        }

        Only(o, "$", errors, "$schema", "name", "version", "description", "requiresCertification", "scale", "judgements", "domains", "basedOn");
        var name = Text(o, "$", "name", errors, 200, required: true);
        var version = Text(o, "$", "version", errors, 40, required: true);
        if (version is not null && !VersionPattern().IsMatch(version))
        {
            errors.Add("$.version", "Use letters, digits, dots and dashes only (e.g. \"1.0\" or \"2025-01\").");
        }

        var scale = ReadScale(o["scale"], errors);
        var judgements = Levels(o["judgements"], "$.judgements", errors, minimum: 2);
        var domains = ReadDomains(o["domains"], errors);
        var basedOn = ReadMapping(o["basedOn"], errors);
        var requires = o["requiresCertification"] switch
        {
            null => false,
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            _ => errors.AddFalse("$.requiresCertification", "Must be true or false."),
        };
        if (errors.Count > 0 || name is null || version is null || scale is null)
        {
            return null;
        }

        return new InstrumentDefinition
        {
            Name = name,
            Version = version,
            Description = Text(o, "$", "description", errors, MaxText, required: false),
            RequiresCertification = requires,
            Scale = scale,
            Judgements = judgements,
            Domains = domains,
            BasedOn = basedOn,
        };
    }

    private static RatingScaleDefinition? ReadScale(JsonNode? node, Errors errors)
    {
        if (node is not JsonObject o)
        {
            errors.Add("$.scale", "Required: an object with the ordered \"levels\" of the rating scale.");
            return null;
        }

        Only(o, "$.scale", errors, "levels", "unknownLabel");
        var levels = Levels(o["levels"], "$.scale.levels", errors, minimum: 2);
        if (levels.Any(l => l.Code == RatingScaleDefinition.UnknownCode))
        {
            errors.Add("$.scale.levels", $"\"{RatingScaleDefinition.UnknownCode}\" is reserved for \"could not rate\", which is not a level of the scale: give it a label with \"unknownLabel\".");
        }

        return new RatingScaleDefinition
        {
            Levels = levels,
            UnknownLabel = Text(o, "$.scale", "unknownLabel", errors, 200, required: false) ?? "Unknown / could not rate",
        };
    }

    private static List<ScaleLevel> Levels(JsonNode? node, string path, Errors errors, int minimum)
    {
        var result = new List<ScaleLevel>();
        if (node is not JsonArray array || array.Count < minimum || array.Count > 20)
        {
            errors.Add(path, $"Required: a list of {minimum} to 20 levels, lowest first, each {{ \"code\": ..., \"label\": ... }}.");
            return result;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (array[i] is not JsonObject level)
            {
                errors.Add(at, "Each level is an object { \"code\": ..., \"label\": ... }.");
                continue;
            }

            Only(level, at, errors, "code", "label");
            var code = Key(level, at, "code", errors);
            var label = Text(level, at, "label", errors, 200, required: true);
            if (code is not null && result.Any(l => l.Code == code))
            {
                errors.Add($"{at}.code", $"The code \"{code}\" is used twice.");
            }

            if (code is not null && label is not null)
            {
                result.Add(new ScaleLevel(code, label));
            }
        }

        return result;
    }

    private static List<DomainDefinition> ReadDomains(JsonNode? node, Errors errors)
    {
        var domains = new List<DomainDefinition>();
        if (node is not JsonArray array || array.Count == 0 || array.Count > 50)
        {
            errors.Add("$.domains", "Required: a list of 1 to 50 domains.");
            return domains;
        }

        var itemKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < array.Count; d++)
        {
            var at = $"$.domains[{d}]";
            if (array[d] is not JsonObject o)
            {
                errors.Add(at, "Each domain is an object with \"key\", \"name\" and \"items\".");
                continue;
            }

            Only(o, at, errors, "key", "name", "source", "items");
            var key = Key(o, at, "key", errors);
            if (key is not null && domains.Any(x => x.Key == key))
            {
                errors.Add($"{at}.key", $"The domain key \"{key}\" is used twice.");
            }

            var items = ReadItems(o["items"], $"{at}.items", itemKeys, errors);
            var name = Text(o, at, "name", errors, 200, required: true);
            if (key is not null && name is not null)
            {
                domains.Add(new DomainDefinition { Key = key, Name = name, Source = Text(o, at, "source", errors, 200, required: false), Items = items });
            }
        }

        return domains;
    }

    private static List<ItemDefinition> ReadItems(JsonNode? node, string path, HashSet<string> itemKeys, Errors errors)
    {
        var items = new List<ItemDefinition>();
        if (node is not JsonArray array || array.Count == 0 || array.Count > 100)
        {
            errors.Add(path, "Required: a list of 1 to 100 items.");
            return items;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            if (array[i] is not JsonObject o)
            {
                errors.Add(at, "Each item is an object with \"key\", \"text\" and \"direction\".");
                continue;
            }

            Only(o, at, errors, "key", "text", "guidance", "direction");
            var key = Key(o, at, "key", errors);
            if (key is not null && !itemKeys.Add(key))
            {
                errors.Add($"{at}.key", $"The item key \"{key}\" is used twice in the instrument.");
            }

            var text = Text(o, at, "text", errors, MaxText, required: true);
            var guidance = Text(o, at, "guidance", errors, MaxText, required: false);
            ItemDirection? direction = Text(o, at, "direction", errors, 20, required: true) switch
            {
                "risk" => ItemDirection.Risk,
                "protective" => ItemDirection.Protective,
                null => null,
                _ => errors.AddNull<ItemDirection>($"{at}.direction", "Must be \"risk\" or \"protective\"."),
            };
            if (key is not null && text is not null && direction is { } dir)
            {
                items.Add(new ItemDefinition { Key = key, Text = text, Guidance = guidance, Direction = dir });
            }
        }

        return items;
    }

    private static VersionMapping? ReadMapping(JsonNode? node, Errors errors)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject o)
        {
            errors.Add("$.basedOn", "An object { \"version\": previous version, \"items\": { new key: old key } }.");
            return null;
        }

        Only(o, "$.basedOn", errors, "version", "items");
        var version = Text(o, "$.basedOn", "version", errors, 40, required: true);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o["items"] is JsonObject map)
        {
            foreach (var (newKey, oldKey) in map)
            {
                if (oldKey is JsonValue v && v.TryGetValue<string>(out var old) && KeyPattern().IsMatch(old))
                {
                    items[newKey] = old;
                }
                else
                {
                    errors.Add($"$.basedOn.items.{newKey}", "Must be the key of an item of the previous version.");
                }
            }
        }
        else if (o["items"] is not null)
        {
            errors.Add("$.basedOn.items", "An object mapping each renamed item: { \"new key\": \"old key\" }.");
        }

        return version is null ? null : new VersionMapping { Version = version, Items = items };
    }

    private static string? Key(JsonObject o, string path, string property, Errors errors)
    {
        var key = Text(o, path, property, errors, 60, required: true);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            errors.Add($"{path}.{property}", "Use letters, digits, dashes and underscores only (up to 60).");
            return null;
        }

        return key;
    }

    private static string? Text(JsonObject o, string path, string property, Errors errors, int max, bool required)
    {
        var at = $"{path}.{property}";
        switch (o[property])
        {
            case null when required:
                errors.Add(at, "Required.");
                return null;
            case null:
                return null;
            case JsonValue v when v.TryGetValue<string>(out var s):
                s = s.Trim();
                if (s.Length == 0 && required)
                {
                    errors.Add(at, "Must not be empty.");
                    return null;
                }

                if (s.Length > max)
                {
                    errors.Add(at, $"At most {max} characters.");
                    return null;
                }

                return s.Length == 0 ? null : s;
            default:
                errors.Add(at, "Must be text.");
                return null;
        }
    }

    private static void Only(JsonObject o, string path, Errors errors, params string[] allowed)
    {
        foreach (var (property, _) in o)
        {
            if (!allowed.Contains(property))
            {
                errors.Add($"{path}.{property}", $"Unknown property. Allowed here: {string.Join(", ", allowed.Where(a => a != "$schema"))}.");
            }
        }
    }

    private static JsonObject ToNode(InstrumentDefinition d)
    {
        static JsonArray LevelsOf(IEnumerable<ScaleLevel> levels) => [.. levels.Select(l => new JsonObject { ["code"] = l.Code, ["label"] = l.Label })];
        var node = new JsonObject
        {
            ["name"] = d.Name,
            ["version"] = d.Version,
            ["description"] = d.Description,
            ["requiresCertification"] = d.RequiresCertification,
            ["scale"] = new JsonObject { ["levels"] = LevelsOf(d.Scale.Levels), ["unknownLabel"] = d.Scale.UnknownLabel },
            ["judgements"] = LevelsOf(d.Judgements),
            ["domains"] = new JsonArray([.. d.Domains.Select(domain => (JsonNode)new JsonObject
            {
                ["key"] = domain.Key,
                ["name"] = domain.Name,
                ["source"] = domain.Source,
                ["items"] = new JsonArray([.. domain.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["key"] = i.Key,
                    ["text"] = i.Text,
                    ["guidance"] = i.Guidance,
                    ["direction"] = i.Direction == ItemDirection.Risk ? "risk" : "protective",
                })]),
            })]),
        };
        if (d.BasedOn is { } b)
        {
            var items = new JsonObject();
            foreach (var (k, v) in b.Items)
            {
                items[k] = v;
            }

            node["basedOn"] = new JsonObject { ["version"] = b.Version, ["items"] = items };
        }

        return node;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,60}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9.-]{1,40}$")]
    private static partial Regex VersionPattern();

    /// <summary>Problems by JSON path, in the order found.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> byPath = new(StringComparer.Ordinal);

        public int Count => byPath.Count;

        public void Add(string path, string message)
        {
            if (!byPath.TryGetValue(path, out var list))
            {
                byPath[path] = list = [];
            }

            list.Add(message);
        }

        public bool AddFalse(string path, string message)
        {
            Add(path, message);
            return false;
        }

        public T? AddNull<T>(string path, string message)
            where T : struct
        {
            Add(path, message);
            return null;
        }

        public Dictionary<string, string[]> ToDictionary() => byPath.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
