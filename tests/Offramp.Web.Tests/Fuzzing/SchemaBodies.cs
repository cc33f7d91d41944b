using System.Globalization;
using System.Text.Json.Nodes;

using CsCheck;

namespace Offramp.Web.Tests.Fuzzing;

/// <summary>
/// CsCheck generators of JSON bodies from the OpenAPI schemas: a plausible value for every field (ids from the world,
/// recent dates, values within the declared ranges and lengths), and hostile ones an attacker or a broken client sends:
/// null, [null], the wrong type, huge text, control and directional characters, boundary and impossible dates, extreme
/// numbers, unknown enum names, extra fields. A body is plausible, or plausible with some fields hostile, or hostile as a whole.
/// </summary>
/// <param name="components">The document's component schemas.</param>
/// <param name="ids">Real ids by name.</param>
/// <param name="flagNames">The names of a [Flags] enum by schema name: the document shows such enums as plain strings.</param>
public sealed class SchemaBodies(JsonObject components, IdPool ids, Func<string, string[]?> flagNames)
{
    private const int MaxDepth = 6;

    private static readonly string[] HostileTexts =
    [
        "\u0000", "nul\u0000inside", "\u202Eexe.txt", "a\u2066b\u2069c", "\u001b[2J\u001b[31mred", "line\r\nbreak", "tab\there", "\uFEFFbom",
        "\u200B", " ", "", "'; DROP TABLE \"Participants\"; --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "../../etc/passwd", "%s%n%x",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧", "ﷺ عبد", "\u0085next-line", "\u2028separator",
    ];

    private static readonly string[] HostileDates =
    [
        "0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2999-01-01", "2024-02-30", "2024-13-01", "", "not-a-date", "2024-01-01T00:00:00Z",
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-121).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    private static readonly Gen<JsonNode?> WrongTypes = Gen.OneOf<Func<JsonNode?>>(
        () => JsonValue.Create(12345), () => JsonValue.Create(true), () => JsonValue.Create("text"), () => new JsonObject(), () => new JsonArray(),
        () => JsonValue.Create(-1.5), () => new JsonObject { ["nested"] = new JsonArray(JsonValue.Create(1)) }).Select(f => f());

    private static readonly Gen<JsonNode?> ExtremeNumbers = Gen.OneOf<Func<JsonNode?>>(
        () => JsonValue.Create(int.MinValue), () => JsonValue.Create(int.MaxValue), () => JsonValue.Create(-1), () => JsonValue.Create(0),
        () => JsonValue.Create(2147483648L), () => JsonValue.Create(1e308), () => JsonValue.Create(0.5), () => JsonValue.Create("9999999999999999999999")).Select(f => f());

    /// <summary>A body for <paramref name="schema"/>: plausible, plausible with hostile fields, or hostile as a whole.</summary>
    public Gen<JsonNode?> Body(JsonObject? schema, JsonNode? example = null)
    {
        if (schema is null)
        {
            return Gen.Frequency((8, Gen.Const<JsonNode?>(() => null)), (1, WrongTypes), (1, HugeText(100_000)));
        }

        var plausible = example is null ? Plausible(schema, "body", 0) : Gen.Const<JsonNode?>(() => example.DeepClone());
        var mutated = example is null ? Mutated(schema, "body", 0) : MutatedExample(example);
        return Gen.Frequency(
            (3, plausible),
            (6, mutated),
            (1, Gen.OneOf(Gen.Const<JsonNode?>(() => null), WrongTypes, Gen.Const<JsonNode?>(() => new JsonArray((JsonNode?)null)))));
    }

    /// <summary>A value a well-behaved client would send.</summary>
    public Gen<JsonNode?> Plausible(JsonObject schema, string name, int depth)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference && flagNames(reference.Split('/')[^1]) is { Length: > 0 } flags)
        {
            return Gen.Select(Gen.Int[0, flags.Length - 1], Gen.Int[0, flags.Length - 1], (a, b) => (JsonNode?)JsonValue.Create(a == b ? flags[a] : $"{flags[a]}, {flags[b]}"));
        }

        schema = Resolve(schema);
        if (schema["oneOf"] is JsonArray choices)
        {
            var options = choices.OfType<JsonObject>().Where(c => !IsNullOnly(c)).Select(c => Plausible(c, name, depth)).ToArray();
            return options.Length == 0 ? Gen.Const<JsonNode?>(() => null) : Gen.Frequency((4, Gen.OneOf(options)), (1, Gen.Const<JsonNode?>(() => null)));
        }

        if (schema["enum"] is JsonArray values)
        {
            return Gen.OneOf(values.Select(v => v?.DeepClone()).ToArray()).Select(v => v?.DeepClone());
        }

        var types = TypesOf(schema);
        var nullable = types.Contains("null");
        var value = types.Contains("array") ? PlausibleArray(schema, name, depth)
            : types.Contains("object") || schema["properties"] is not null ? PlausibleObject(schema, depth)
            : types.Contains("boolean") ? Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))
            : types.Contains("integer") ? PlausibleInteger(schema)
            : types.Contains("number") ? Gen.Int[0, 100].Select(i => (JsonNode?)JsonValue.Create(i / 4.0))
            : types.Contains("string") ? PlausibleString(schema, name)
            : Gen.Const<JsonNode?>(() => new JsonObject());
        return nullable ? Gen.Frequency((5, value), (1, Gen.Const<JsonNode?>(() => null))) : value;
    }

    /// <summary>Plausible, but every field may turn hostile; objects may get unknown extra fields.</summary>
    public Gen<JsonNode?> Mutated(JsonObject schema, string name, int depth)
    {
        schema = Resolve(schema);
        var types = TypesOf(schema);
        if (depth < MaxDepth && (types.Contains("object") || schema["properties"] is not null) && schema["properties"] is JsonObject properties)
        {
            var fields = properties.Select(p => (p.Key, Gen: Field(p.Value!.AsObject(), p.Key, depth + 1))).ToList();
            return Combine(fields).SelectMany(body => Gen.Frequency(
                (6, Gen.Const(() => (JsonNode?)body)),
                (1, Gen.OneOf(HostileTexts).Select(text => (JsonNode?)With(body, "unexpectedField", JsonValue.Create(text)))),
                (1, Gen.Const(() => (JsonNode?)With(body, "__proto__", new JsonObject { ["isAdmin"] = true })))));
        }

        if (depth < MaxDepth && types.Contains("array") && schema["items"] is JsonObject items)
        {
            return Field(items, name, depth + 1).Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a]));
        }

        return Plausible(schema, name, depth);
    }

    /// <summary>What an attacker puts in one field of this schema.</summary>
    public Gen<JsonNode?> Hostile(JsonObject schema, string name)
    {
        schema = Resolve(schema);
        var types = TypesOf(schema);
        var maxLength = schema["maxLength"]?.GetValue<int>() ?? 1000;
        var universal = Gen.Frequency(
            (3, Gen.Const<JsonNode?>(() => null)),
            (2, WrongTypes),
            (2, Gen.OneOf(HostileTexts).Select(t => (JsonNode?)JsonValue.Create(t))),
            (1, Gen.Const<JsonNode?>(() => new JsonArray((JsonNode?)null))),
            (1, Gen.Const<JsonNode?>(() => new JsonArray())));
        var specific = types.Contains("array") ? HostileArray(schema, name)
            : types.Contains("integer") || types.Contains("number") ? ExtremeNumbers
            : schema["format"]?.GetValue<string>() is "date" or "date-time" ? Gen.OneOf(HostileDates).Select(d => (JsonNode?)JsonValue.Create(d))
            : schema["format"]?.GetValue<string>() == "uuid" ? Gen.OneOf("00000000-0000-0000-0000-000000000000", "not-a-guid", "{00000000-0000-0000-0000-000000000000}", Guid.NewGuid().ToString())
                .Select(g => (JsonNode?)JsonValue.Create(g))
            : schema["enum"] is not null ? Gen.OneOf<JsonNode?>(JsonValue.Create("Telepathy"), JsonValue.Create(2), JsonValue.Create(""), JsonValue.Create("oneToOne"))
                .Select(v => v?.DeepClone())
            : types.Contains("string") ? Gen.Frequency(
                (2, HugeText(maxLength + 1)),
                (1, HugeText(200_000)),
                (3, Gen.OneOf(HostileTexts).SelectMany(t => PlausibleString(schema, name).Select(s => (JsonNode?)JsonValue.Create(s?.GetValue<string>() + t)))))
            : universal;
        return Gen.Frequency((2, universal), (3, specific));
    }

    private Gen<JsonNode?> Field(JsonObject schema, string name, int depth) =>
        Gen.Frequency((7, Mutated(schema, name, depth)), (1, Hostile(schema, name)));

    private static Gen<JsonNode?> MutatedExample(JsonNode example) =>
        Gen.Int[0, 3].SelectMany(pick => Gen.OneOf(HostileTexts).Select<string, JsonNode?>(text =>
        {
            var copy = example.DeepClone();
            if (copy is JsonObject body && body.Count > 0)
            {
                var key = body.ElementAt(pick % body.Count).Key;
                body[key] = pick switch
                {
                    0 => null,
                    1 => JsonValue.Create(text),
                    2 => new JsonArray((JsonNode?)null),
                    _ => JsonValue.Create(new string('x', 100_000)),
                };
            }

            return copy;
        }));

    private Gen<JsonNode?> HostileArray(JsonObject schema, string name)
    {
        var items = schema["items"] as JsonObject ?? new JsonObject();
        return Gen.Frequency(
            (2, Gen.Const<JsonNode?>(() => new JsonArray((JsonNode?)null, null))),
            (1, Plausible(items, name, MaxDepth - 1).Select(item => (JsonNode?)new JsonArray([.. Enumerable.Range(0, 500).Select(_ => item?.DeepClone())]))),
            (2, Hostile(items, name).Array[1, 3].Select(a => (JsonNode?)new JsonArray([.. a]))),
            (1, Gen.Const<JsonNode?>(() => new JsonArray(new JsonArray(), new JsonObject()))));
    }

    private Gen<JsonNode?> PlausibleObject(JsonObject schema, int depth)
    {
        if (depth >= MaxDepth || schema["properties"] is not JsonObject properties)
        {
            return Gen.Const<JsonNode?>(() => new JsonObject());
        }

        return Combine([.. properties.Select(p => (p.Key, Gen: Plausible(p.Value!.AsObject(), p.Key, depth + 1)))]).Select(o => (JsonNode?)o);
    }

    private Gen<JsonNode?> PlausibleArray(JsonObject schema, string name, int depth) =>
        depth >= MaxDepth || schema["items"] is not JsonObject items
            ? Gen.Const<JsonNode?>(() => new JsonArray())
            : Plausible(items, name, depth + 1).Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a]));

    private static Gen<JsonNode?> PlausibleInteger(JsonObject schema)
    {
        var minimum = schema["minimum"] is { } min ? (int)Math.Max(int.MinValue, min.GetValue<double>()) : 0;
        var maximum = schema["maximum"] is { } max ? (int)Math.Min(int.MaxValue, max.GetValue<double>()) : 120;
        return Gen.Int[minimum, Math.Max(minimum, Math.Min(maximum, minimum + 200))].Select(i => (JsonNode?)JsonValue.Create(i));
    }

    private Gen<JsonNode?> PlausibleString(JsonObject schema, string name)
    {
        var format = schema["format"]?.GetValue<string>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (format == "uuid")
        {
            // Read the pool when the value is drawn: records created earlier in the run are candidates too.
            return Gen.Int[0, 10_000].Select(i =>
            {
                var known = ids.For(name);
                return (JsonNode?)JsonValue.Create(known.Count == 0 || i % 20 == 0 ? new Guid(i, 0, 0, new byte[8]) : known[i % known.Count]);
            });
        }

        if (format == "date")
        {
            return Gen.Int[1, 2000].Select(days => (JsonNode?)JsonValue.Create(today.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (format == "date-time")
        {
            return Gen.Int[1, 2000].Select(days => (JsonNode?)JsonValue.Create(DateTimeOffset.UtcNow.AddDays(-days)));
        }

        var maxLength = Math.Clamp(schema["maxLength"]?.GetValue<int>() ?? 40, 1, 40);
        var minLength = Math.Clamp(schema["minLength"]?.GetValue<int>() ?? 1, 1, maxLength);
        return name switch
        {
            "email" => Gen.Int[0, 1_000_000].Select(i => (JsonNode?)JsonValue.Create($"fuzz{i}@test.offramp")),
            "password" => Gen.Int[0, 1_000_000].Select(i => (JsonNode?)JsonValue.Create($"correct horse battery staple {i}")),
            "key" => Gen.Int[0, 1_000_000].Select(i => (JsonNode?)JsonValue.Create($"fuzz-{i}")),
            _ => Gen.Char["abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,'-éüßøæЖعב"].Array[Math.Max(minLength, 3), Math.Max(maxLength, 3)]
                .Select(chars => (JsonNode?)JsonValue.Create(new string(chars).Trim() is { Length: > 0 } text ? text : "text")),
        };
    }

    private static Gen<JsonNode?> HugeText(int length) => Gen.OneOf('x', '\u0000', 'é').Select(c => (JsonNode?)JsonValue.Create(new string(c, length)));

    /// <summary>One generator of a whole object from a generator per property, folded with SelectMany.</summary>
    private static Gen<JsonObject> Combine(IReadOnlyList<(string Key, Gen<JsonNode?> Gen)> fields)
    {
        Gen<List<(string, JsonNode?)>> acc = Gen.Const(() => new List<(string, JsonNode?)>());
        foreach (var (key, gen) in fields)
        {
            acc = acc.SelectMany(list => gen.Select(value => new List<(string, JsonNode?)>(list) { (key, value) }));
        }

        return acc.Select(list =>
        {
            var o = new JsonObject();
            foreach (var (key, value) in list)
            {
                o[key] = value;
            }

            return o;
        });
    }

    private static JsonObject With(JsonObject body, string key, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[key] = value;
        return copy;
    }

    private JsonObject Resolve(JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? components[reference.Split('/')[^1]]!.AsObject() : schema;

    private static bool IsNullOnly(JsonObject schema) => schema["type"] is JsonValue t && t.GetValue<string>() == "null";

    private static HashSet<string> TypesOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}
