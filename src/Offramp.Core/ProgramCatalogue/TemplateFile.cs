using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Offramp.Core.Common;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// Reads a template as JSON, the shape of the files in program-templates/ and of the define-template API's body: checked
/// against <see cref="TemplateSchema"/>, then every text given per language ({"en": ..., "fr": ..., "ar": ...}) kept in
/// English in the definition and its French and Arabic beside it (<see cref="TranslatableText"/>).
/// </summary>
public static class TemplateFile
{
    /// <summary>
    /// The definition, when the JSON has the types of one (even with other schema violations, so the catalogue's own
    /// checks can add theirs to one answer), and the schema's violations named as the API names fields
    /// ("Modules[1].IndicatedBy.AnyOf", not "$.modules[1].indicatedBy.anyOf"). The schema reads a property set to null
    /// as not given, as a client's serializer writes an optional field it has no value for; the definition keeps the
    /// null, so a list sent as null is refused by <see cref="CommandValidation"/> in its own words.
    /// </summary>
    public static (TemplateDefinition? Definition, Dictionary<string, List<Phrase>> Violations) Read(JsonNode? root)
    {
        if (root is not JsonObject file)
        {
            return (null, new() { ["$"] = [Phrase.Of("A template is a JSON object.")] });
        }

        var given = file.DeepClone();
        DropNullProperties(given);
        var violations = TemplateSchema.Violations(given).ToDictionary(v => FieldName(v.Key), v => v.Value, StringComparer.Ordinal);
        file = file.DeepClone().AsObject();
        var translations = TranslatableText.Extract(file);
        try
        {
            var definition = file.Deserialize<TemplateDefinition>(DefineTemplate.Json)!;
            definition.Translations = translations;
            return (definition, violations);
        }
        catch (JsonException e)
        {
            // A wrong type (a number for a text, a map with a language the schema does not know) is named above.
            if (violations.Count == 0)
            {
                violations[e.Path is { Length: > 1 } path ? FieldName(path) : "$"] = [Phrase.Of("This value could not be read: a wrong type or an unknown value.")];
            }

            return (null, violations);
        }
    }

    /// <summary>"$.modules[1].indicatedBy" → "Modules[1].IndicatedBy"; the whole body stays "$".</summary>
    private static string FieldName(string path) =>
        path == "$" ? path : string.Join('.', path[2..].Split('.').Select(step => step.Length > 0 ? char.ToUpper(step[0], CultureInfo.InvariantCulture) + step[1..] : step));

    /// <summary>Removes every property set to null; a null list item stays, for the schema to name.</summary>
    private static void DropNullProperties(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (value is null)
                    {
                        o.Remove(name);
                    }
                    else
                    {
                        DropNullProperties(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    DropNullProperties(item);
                }

                break;
        }
    }
}
