using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// Reads an instrument file: first against instruments/instrument.schema.json (<see cref="InstrumentSchema"/>), then
/// the rules a schema cannot state (codes and keys used once, the reserved "unknown" code). Every problem is reported
/// at once by its JSON path ("$.domains[1].items[0].direction: ..."), so an organisation entering a licensed instrument
/// can fix its file. Either the whole definition is valid or nothing is returned.
/// </summary>
public static class InstrumentParser
{
    private static readonly JsonSerializerOptions Reading = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static InstrumentDefinition Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DomainException(Phrase.Of($"The file is not valid JSON: {e.Message}"), "$");
        }

        if (root is null)
        {
            throw new DomainException("The instrument must be a JSON object.", "$");
        }

        // Text is judged as it will be stored: trimmed, so "  " is empty and lengths count what is kept.
        Trim(root);
        var errors = InstrumentSchema.Violations(root);
        if (errors.Count == 0)
        {
            DropEmptyText(root);
            var translations = TranslatableText.Extract(root);
            var definition = root.Deserialize<InstrumentDefinition>(Reading)! with { Translations = translations };
            InstrumentSemanticRules.Check(definition, errors);
            if (errors.Count == 0)
            {
                return definition;
            }
        }

        throw new DomainException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), "The instrument does not follow the schema.");
    }

    /// <summary>The canonical stored form: every text with its translations, as the file gave them.</summary>
    public static string Serialize(InstrumentDefinition definition)
    {
        var node = ToNode(definition);
        TranslatableText.Restore(node, definition.Translations);
        return JsonSerializer.Serialize(node, Indented);
    }

    /// <summary>The definition with its texts in <paramref name="language"/> where translated, English elsewhere; keys and codes unchanged.</summary>
    public static InstrumentDefinition Localize(InstrumentDefinition definition, string language)
    {
        if (language == TranslatableText.Source || definition.Translations.Count == 0)
        {
            return definition;
        }

        var node = ToNode(definition);
        TranslatableText.Apply(node, definition.Translations, language);
        return node.Deserialize<InstrumentDefinition>(Reading)! with { Translations = definition.Translations };
    }

    private static void Trim(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        o[name] = text.Trim();
                    }
                    else if (value is not null)
                    {
                        Trim(value);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        a[i] = text.Trim();
                    }
                    else if (a[i] is { } item)
                    {
                        Trim(item);
                    }
                }

                break;
        }
    }

    /// <summary>Optional text left empty is absent (the schema already refused empty text where it is required).</summary>
    private static void DropEmptyText(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o.ToList())
            {
                if (value is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 0)
                {
                    o.Remove(name);
                }
                else if (value is not null)
                {
                    DropEmptyText(value);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a.OfType<JsonNode>())
            {
                DropEmptyText(item);
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
}
