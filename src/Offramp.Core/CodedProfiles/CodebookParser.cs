using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// Reads a codebook file: against the schema first, then the rules a schema cannot state (field keys and option codes
/// used once). Every problem comes back at once under its JSON path; either the whole codebook is valid or nothing is.
/// </summary>
public static class CodebookParser
{
    private static readonly JsonSerializerOptions Reading = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly JsonSerializerOptions Writing = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static CodebookDefinition Parse(string json)
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

        if (root is not JsonObject)
        {
            throw new DomainException("The codebook must be a JSON object.", "$");
        }

        var errors = CodebookSchema.Violations(root);
        if (errors.Count == 0)
        {
            var translations = TranslatableText.Extract(root);
            var definition = root.Deserialize<CodebookDefinition>(Reading)! with { Translations = translations };
            CheckUnique(definition, errors);
            if (errors.Count == 0)
            {
                return definition;
            }
        }

        throw new DomainException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), "The codebook does not follow the schema.");
    }

    /// <summary>The stored form: what was parsed, without the file's own comments or "$schema".</summary>
    public static string Serialize(CodebookDefinition definition)
    {
        var node = JsonSerializer.SerializeToNode(definition, Writing)!;
        TranslatableText.Restore(node, definition.Translations);
        return node.ToJsonString(Writing);
    }

    /// <summary>The codebook with its texts in <paramref name="language"/> where translated, English elsewhere; keys and codes unchanged.</summary>
    public static CodebookDefinition Localize(CodebookDefinition definition, string language)
    {
        if (language == TranslatableText.Source || definition.Translations.Count == 0)
        {
            return definition;
        }

        var node = JsonSerializer.SerializeToNode(definition, Writing)!;
        TranslatableText.Apply(node, definition.Translations, language);
        return node.Deserialize<CodebookDefinition>(Reading)! with { Translations = definition.Translations };
    }

    private static void CheckUnique(CodebookDefinition definition, Dictionary<string, List<Phrase>> errors)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < definition.Fields.Count; f++)
        {
            var field = definition.Fields[f];
            if (!keys.Add(field.Key))
            {
                errors[$"$.fields[{f}].key"] = [Phrase.Of($"\"{field.Key}\" is the key of an earlier field: each field needs its own.")];
            }

            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var o = 0; o < field.Options.Count; o++)
            {
                if (!codes.Add(field.Options[o].Code))
                {
                    errors[$"$.fields[{f}].options[{o}].code"] = [Phrase.Of($"\"{field.Options[o].Code}\" is already an option of \"{field.Key}\".")];
                }
            }
        }
    }
}
