using System.Globalization;
using System.Resources;

using Offramp.Reports;
using Offramp.Reports.Plurals;

using Spectre.Console;

namespace Offramp.Cli.Languages;

/// <summary>
/// The CLI's texts in the reader's language, written at the call site as <c>L[text, values]</c> (with
/// <c>using static Offramp.Cli.Languages.CliText;</c>): the English text is the key in Resources/CliText.resx, which
/// scripts/sync-ui-strings.py collects, and its translation in CliText.fr.resx and CliText.ar.resx. A text without a
/// translation reads in English. Numbers in the values are written as the report writes them in that language, and
/// counted words agree with their number (see the indexer).
/// </summary>
public static class CliText
{
    private static readonly ResourceManager Resources = new("Offramp.Cli.Resources.CliText", typeof(CliText).Assembly);

    /// <summary>Plain text (help, stderr, plain stdout lines).</summary>
    public static Words L { get; } = new(markup: false);

    public sealed class Words
    {
        private readonly bool markup;

        internal Words(bool markup) => this.markup = markup;

        /// <summary>Spectre markup (the tags stay in the translated text); the values are escaped, so a name with [brackets] prints as typed.</summary>
        public Words Markup => markup ? this : MarkupWords;

        public string this[string english] => Translate(english);

        /// <summary>
        /// A counted word takes the form its number needs ("1 event", "2 events", Arabic's six forms): the text's
        /// translation gives them as an ICU plural argument, read by the same <see cref="PluralForms"/> as the web app's
        /// pages. The form is chosen from the raw values, before markup escaping wraps them.
        /// </summary>
        public string this[string english, params object?[] values] =>
            string.Format(
                Sentences.NumberFormat,
                PluralForms.Choose(Translate(english), values, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
                markup ? [.. values.Select(Escaped)] : values);

        private static string Translate(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

        private static object? Escaped(object? value) => value switch
        {
            null => null,
            string s => Spectre.Console.Markup.Escape(s),
            IFormattable => new EscapedFormattable((IFormattable)value),
            _ => Spectre.Console.Markup.Escape(value.ToString() ?? ""),
        };
    }

    private static readonly Words MarkupWords = new(markup: true);

    /// <summary>A number or date formatted as its hole asks ({0:N0}), then escaped like any other value.</summary>
    private sealed class EscapedFormattable(IFormattable value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => Markup.Escape(value.ToString(format, formatProvider));

        public override string ToString() => ToString(null, Sentences.NumberFormat);
    }
}
