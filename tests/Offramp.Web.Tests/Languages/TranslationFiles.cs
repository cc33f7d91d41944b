using System.Text.RegularExpressions;
using System.Xml.Linq;

using Offramp.Reports.Plurals;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>The app's text resources as files: English ones (the keys) and their translations.</summary>
public static partial class TranslationFiles
{
    public static readonly string[] Cultures = ["fr", "ar"];

    /// <summary>The English resource files, each the source of a translation per culture.</summary>
    public static readonly string[] English =
    [
        "src/Offramp.Web/Resources/SharedResource.resx",
        "src/Offramp.Web/Resources/Messages.resx",
        "src/Offramp.Reports/Resources/ReportText.resx",
        "src/Offramp.Reports/Resources/EnumText.resx",
        "src/Offramp.Cli/Resources/CliText.resx",
        "src/Offramp.Analysis/Resources/AnalysisText.resx",
    ];

    public static Dictionary<string, string> Read(string relativePath)
    {
        var path = Path.Combine(TestWorld.RepositoryRoot(), relativePath);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.OrdinalIgnoreCase);
    }

    public static string TranslationOf(string englishPath, string culture) => englishPath.Replace(".resx", $".{culture}.resx", StringComparison.Ordinal);

    /// <summary>The translation of <paramref name="key"/> in <paramref name="culture"/>, as a page in that language shows it.</summary>
    public static string Text(string englishPath, string culture, string key) => Read(TranslationOf(englishPath, culture))[key];

    /// <summary>
    /// The translation of <paramref name="key"/> filled with <paramref name="values"/>, each counted word in the form its
    /// number takes: what a page in <paramref name="culture"/> shows (numbers as written by invariant formatting).
    /// </summary>
    public static string Worded(string englishPath, string culture, string key, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, PluralForms.Choose(Text(englishPath, culture, key), values, culture), values);

    /// <summary>The holes a text fills, each once: "{0}", and "{1, plural, …}" counts as hole 1 (its forms repeat "#").</summary>
    public static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => $"{{{m.Groups[1].Value}}}").Distinct();

    [GeneratedRegex(@"\{(\d+)(?:\}|\s*,\s*plural\s*,)")]
    private static partial Regex Placeholder();
}
