using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Offramp.Core.Common;

/// <summary>
/// A sentence Core writes for a person, kept as its English template and its values ("Only {0} participants are in this
/// cohort…", [7]) so each reader's language can word it: the report components look the template up in their resources
/// and format the values the reader's way (a coded value as its label, a number with the culture's separators). Build
/// one with an interpolated string, <c>Phrase.Of($"Only {n} participants…")</c>: the holes become the values. In JSON
/// (the API, the CLI's --json) a phrase is its English text, as before phrases existed.
/// </summary>
[JsonConverter(typeof(PhraseJsonConverter))]
public sealed class Phrase : IEquatable<Phrase>
{
    private readonly IReadOnlyDictionary<string, string>? names;

    private Phrase(string template, object?[] values, bool verbatim, IReadOnlyDictionary<string, string>? names = null)
    {
        Template = template;
        Values = values;
        IsVerbatim = verbatim;
        this.names = names;
    }

    /// <summary>The English wording with numbered holes ("{0}", "{1:N0}"): the key a translation is found by.</summary>
    public string Template { get; }

    /// <summary>What fills the holes: numbers, dates, coded values (enums), other phrases, or names people gave.</summary>
    public IReadOnlyList<object?> Values { get; }

    /// <summary>Not Offramp's wording (a name a person typed, a label from an imported file): shown exactly as given.</summary>
    public bool IsVerbatim { get; }

    /// <summary>A sentence from an interpolated string; its holes become <see cref="Values"/>.</summary>
    public static Phrase Of(ref PhraseTemplate text) => text.Build();

    /// <summary>A fixed sentence or label with no values.</summary>
    public static Phrase Of(string text) => new(Escape(text), [], verbatim: false);

    /// <summary>
    /// A fixed message (no values) where a phrase is expected, as the messages a command's Check yields: its English text is
    /// its key. A message with values is built with <see cref="Of(ref PhraseTemplate)"/>, so the values stay apart from the words.
    /// </summary>
    public static implicit operator Phrase(string fixedText) => Of(fixedText);

    /// <summary>Text that is shown as given, in every language.</summary>
    public static Phrase Verbatim(string text) => new(text, [], verbatim: true);

    /// <summary>
    /// A name people gave in several languages (a metric's): shown as given in the reader's language, or as
    /// <paramref name="text"/> (its source) in a language it was not given in.
    /// </summary>
    public static Phrase Name(string text, IReadOnlyDictionary<string, string>? translations) => new(text, [], verbatim: true, translations);

    /// <summary>What a verbatim phrase shows a reader of <paramref name="language"/>: its name in that language if it has one.</summary>
    public string VerbatimIn(string language) => names?.GetValueOrDefault(language) ?? Template;

    /// <summary>Several phrases read as one ("a, b and c" is the reader's business: this joins with the separator given).</summary>
    public static Phrase Join(string separator, IEnumerable<Phrase> parts)
    {
        var list = parts.ToArray();
        var template = string.Join(Escape(separator), Enumerable.Range(0, list.Length).Select(i => $"{{{i}}}"));
        return new(template, list, verbatim: false);
    }

    /// <summary>
    /// "a", "a and b", "a, b and c", each join a phrase of its own ("{0} and {1}", "{0}, {1}") so every language words the
    /// list its own way (French "et", Arabic "و" joined to the next word). Each item reads as any value does: a label as
    /// the reader's word, a name as given.
    /// </summary>
    public static Phrase ListOf(IReadOnlyList<object?> items) => items.Count switch
    {
        0 => Of(""),
        1 => FromTemplate("{0}", [items[0]]),
        2 => Phrase.Of($"{items[0]} and {items[1]}"),
        _ => Phrase.Of($"{items[0]}, {ListOf([.. items.Skip(1)])}"),
    };

    /// <summary>The English text: what the API and the CLI's JSON carry, and what logs and tests read.</summary>
    public override string ToString() =>
        IsVerbatim ? Template : string.Format(CultureInfo.InvariantCulture, Template, [.. Values.Select((v, i) => English(v, OpensSentence(i)))]);

    /// <summary>Whether hole <paramref name="index"/> starts the sentence, where a coded value keeps its capital.</summary>
    public bool OpensSentence(int index) =>
        Template.StartsWith($"{{{index}}}", StringComparison.Ordinal) || Template.StartsWith($"{{{index}:", StringComparison.Ordinal);

    /// <summary>
    /// A word read inside a sentence: a capital that only starts it goes ("Approved" reads "approved", "Left early"
    /// "left early"); a word with other capitals keeps them all ("DDR", an enum's "ProgramDirector").
    /// </summary>
    public static string MidSentence(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && !word[1..].Any(char.IsUpper) ? char.ToLower(word[0], CultureInfo.InvariantCulture) + word[1..] : word;

    public bool Equals(Phrase? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as Phrase);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    internal static string Escape(string literal) => literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>A sentence whose template was written elsewhere (the statistics library words its warnings this way).</summary>
    public static Phrase FromTemplate(string template, IEnumerable<object?> values) => new(template, [.. values], verbatim: false);

    private static object? English(object? value, bool opensSentence) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Phrase p => p.ToString(),
        Enum e when !opensSentence => MidSentence(e.ToString()),
        _ => value,
    };
}

/// <summary>Turns <c>$"Only {n} participants"</c> into the template "Only {0} participants" and the values [n].</summary>
[InterpolatedStringHandler]
public ref struct PhraseTemplate
{
    private readonly StringBuilder template;
    private readonly List<object?> values;

    public PhraseTemplate(int literalLength, int formattedCount)
    {
        template = new StringBuilder(literalLength + (formattedCount * 4));
        values = new List<object?>(formattedCount);
    }

    public readonly void AppendLiteral(string literal) => template.Append(Phrase.Escape(literal));

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        template.Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
        {
            template.Append(':').Append(format);
        }

        template.Append('}');
        values.Add(value);
    }

    internal readonly Phrase Build() => Phrase.FromTemplate(template.ToString(), [.. values]);
}

/// <summary>A phrase travels as its English text; one read back is that text, shown as given.</summary>
public sealed class PhraseJsonConverter : JsonConverter<Phrase>
{
    public override Phrase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Phrase.Verbatim(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Phrase value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
