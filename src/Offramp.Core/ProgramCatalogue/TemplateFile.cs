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
        var violations = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (path, messages) in TemplateSchema.Violations(given))
        {
            var (field, within) = FieldOf(path);
            if (!violations.TryGetValue(field, out var named))
            {
                violations[field] = named = [];
            }

            named.AddRange(within is null ? messages : messages.Select(m => Phrase.Join(": ", [Phrase.Verbatim(within), m])));
        }

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
                violations[e.Path is { Length: > 1 } path ? FieldOf(path).Field : "$"] = [Phrase.Of("This value could not be read: a wrong type or an unknown value.")];
            }

            return (null, violations);
        }
    }

    /// <summary>
    /// The field a schema path names, as the API names fields: "$.modules[1].indicatedBy" → "Modules[1].IndicatedBy".
    /// Inside a text given per language the field is the text, and the language goes with the message:
    /// "$.modules[0].name.fr" → "Modules[0].Name", "fr: ...". The whole body stays "$".
    /// </summary>
    private static (string Field, string? Within) FieldOf(string path)
    {
        var field = new List<string>();
        Type? type = typeof(TemplateDefinition);
        var steps = path == "$" ? [] : path[2..].Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            if (type == typeof(string) && field.Count > 0)
            {
                return (string.Join('.', field), string.Join('.', steps[i..]));
            }

            var bracket = steps[i].IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? steps[i] : steps[i][..bracket];
            var pascal = name.Length > 0 ? char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..] : name;
            field.Add(pascal + (bracket < 0 ? "" : steps[i][bracket..]));
            type = type?.GetProperty(pascal)?.PropertyType;
            if (bracket >= 0)
            {
                type = type is { IsGenericType: true } list ? list.GetGenericArguments()[0] : null;
            }

            type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        }

        return (field.Count == 0 ? "$" : string.Join('.', field), null);
    }

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
