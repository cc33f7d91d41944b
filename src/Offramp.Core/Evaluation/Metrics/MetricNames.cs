using System.Text.Json;

using Offramp.Core.Common;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>
/// A metric's name in the app's other languages: read from and written to its JSON column, checked the same way
/// wherever names are given (defining the metric, or translating its name later). A blank name means none, so a
/// reader of that language sees the name as defined.
/// </summary>
public static class MetricNames
{
    public const int MaxLength = 200;

    /// <summary>The languages a name can be translated into: every language of the app but the source.</summary>
    public static IEnumerable<string> Languages => TranslatableText.Languages.Where(l => l != TranslatableText.Source);

    public static IReadOnlyDictionary<string, string> Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    /// <summary>The names given, trimmed, without blanks, as the column stores them.</summary>
    public static string Write(IReadOnlyDictionary<string, string>? names) => JsonSerializer.Serialize(Cleaned(names));

    /// <summary>The names given, trimmed, without blanks, by language in order: what <see cref="Write"/> stores.</summary>
    public static IReadOnlyDictionary<string, string> Cleaned(IReadOnlyDictionary<string, string>? names) =>
        (names ?? new Dictionary<string, string>()).Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.Trim());

    /// <summary>What is wrong with the names given, field by field: an unknown language, or a name over 200 characters.</summary>
    public static IEnumerable<(string Field, Phrase Message)> Check(string field, IReadOnlyDictionary<string, string>? names)
    {
        foreach (var (language, name) in names ?? new Dictionary<string, string>())
        {
            if (!Languages.Contains(language))
            {
                yield return (field, Phrase.Of($"Names can be given in {Phrase.ListOf([.. Languages])}; \"{language}\" is not one of the app's languages."));
            }
            else if (name?.Trim().Length > MaxLength)
            {
                yield return ($"{field}.{language}", "The name is limited to 200 characters.");
            }
        }
    }
}
