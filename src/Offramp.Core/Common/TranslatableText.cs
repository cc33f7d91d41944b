using System.Globalization;
using System.Text.Json.Nodes;

namespace Offramp.Core.Common;

/// <summary>
/// Texts a file (an instrument, a codebook) may give in several languages: where a plain English string would do, an
/// object {"en": "...", "fr": "...", "ar": "..."}. English is the source and always present; a language a text lacks
/// falls back to English, and <see cref="TextTranslations.Untranslated"/> says which texts those are so an admin sees
/// what is left to translate. Translations are kept by the text's JSON path ("$.domains[0].items[1].text"), which
/// a parsed definition and its canonical JSON share, so the definition records stay plain English strings.
/// </summary>
public static class TranslatableText
{
    public const string Source = "en";

    /// <summary>The languages the app speaks (the web's language switcher offers the same).</summary>
    public static readonly IReadOnlyList<string> Languages = [Source, "fr", "ar"];

    /// <summary>The language of the person reading now: the request's UI culture in the web, the machine's in the CLI.</summary>
    public static string ReaderLanguage =>
        Languages.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : Source;

    /// <summary>
    /// Replaces every text map under <paramref name="root"/> by its English text, and returns the other languages'
    /// texts by path. Run after the schema check, which allows a map only where a text is expected.
    /// </summary>
    public static TextTranslations Extract(JsonNode root)
    {
        var found = new TextTranslations();
        Walk(root, "$", found);
        return found;
    }

    /// <summary>Puts the translations back as maps at their paths: the canonical, stored form of the file.</summary>
    public static void Restore(JsonNode root, TextTranslations translations)
    {
        foreach (var (path, texts) in translations)
        {
            if (JsonPaths.Find(root, path) is JsonValue value && value.TryGetValue<string>(out var english))
            {
                var map = new JsonObject { [Source] = english };
                foreach (var language in Languages.Where(texts.ContainsKey))
                {
                    map[language] = texts[language];
                }

                JsonPaths.Replace(root, path, map);
            }
        }
    }

    /// <summary>Writes every text in <paramref name="language"/> where it has a translation (English stays elsewhere).</summary>
    public static void Apply(JsonNode root, TextTranslations translations, string language)
    {
        foreach (var (path, texts) in translations)
        {
            if (texts.TryGetValue(language, out var text) && JsonPaths.Find(root, path) is JsonValue)
            {
                JsonPaths.Replace(root, path, JsonValue.Create(text));
            }
        }
    }

    private static void Walk(JsonNode node, string path, TextTranslations found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    var at = $"{path}.{name}";
                    if (value is JsonObject map && IsTextMap(map))
                    {
                        o[name] = map[Source]!.GetValue<string>();
                        // A language given as blank counts as not translated: the reader sees English, not nothing.
                        var others = map.Where(p => p.Key != Source && !string.IsNullOrWhiteSpace(p.Value!.GetValue<string>()))
                            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>().Trim(), StringComparer.Ordinal);
                        if (others.Count > 0)
                        {
                            found[at] = others;
                        }
                    }
                    else if (value is not null)
                    {
                        Walk(value, at, found);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        Walk(item, $"{path}[{i}]", found);
                    }
                }

                break;
        }
    }

    private static bool IsTextMap(JsonObject o) =>
        o.ContainsKey(Source) && o.All(p => Languages.Contains(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out _));
}

/// <summary>Translations of a file's texts: JSON path → language → text (English, the source, is in the file itself).</summary>
public sealed partial class TextTranslations : Dictionary<string, Dictionary<string, string>>
{
    public TextTranslations()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Of <paramref name="paths"/> (a file's translatable texts), those without a text in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> Untranslated(IEnumerable<string> paths, string language) =>
        language == TranslatableText.Source ? [] : [.. paths.Where(p => !(TryGetValue(p, out var texts) && texts.ContainsKey(language)))];

    /// <summary>Of <paramref name="texts"/> (a file's translatable texts by path), the English of those without a text in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> Untranslated(IEnumerable<(string Path, string Text)> texts, string language)
    {
        var all = texts.ToList();
        var missing = Untranslated(all.Select(t => t.Path), language).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(t => missing.Contains(t.Path)).Select(t => t.Text)];
    }

    /// <summary>
    /// The translations of <paramref name="before"/>'s texts that <paramref name="after"/> keeps word for word, at their
    /// paths in <paramref name="after"/>. A form that edits only the English (the catalogue's template form) would
    /// otherwise lose every translation on save; a text matched in the same place ("$.modules[].name" for a module
    /// name, wherever the module moved) keeps its versions, and a text whose English changed shows in English until
    /// it is translated again.
    /// </summary>
    public TextTranslations CarriedTo(IEnumerable<(string Path, string Text)> before, IEnumerable<(string Path, string Text)> after)
    {
        var translated = before.Where(t => ContainsKey(t.Path)).ToList();
        var carried = new TextTranslations();
        foreach (var (path, text) in after)
        {
            // A form posts an empty field as null, whatever the property's type says.
            var same = translated.Where(t => Place(t.Path) == Place(path) && t.Text.Trim() == (text ?? "").Trim()).ToList();
            if (same.Count > 0)
            {
                // The text at the same path first: two modules of the same name keep their own translations.
                var source = same.FirstOrDefault(t => t.Path == path, same[0]);
                carried[path] = new Dictionary<string, string>(this[source.Path], StringComparer.Ordinal);
            }
        }

        return carried;
    }

    /// <summary>A text's place in the file without its list positions: "$.modules[3].name" → "$.modules[].name".</summary>
    private static string Place(string path) => ListPosition().Replace(path, "[]");

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex ListPosition();
}
