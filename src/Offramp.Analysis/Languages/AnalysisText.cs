using System.Globalization;
using System.Resources;

using Offramp.Statistics.Common;

namespace Offramp.Analysis.Languages;

/// <summary>
/// The analyze commands' help and input errors in the reader's language, written <c>L[text, values]</c> as the rest of
/// the CLI writes them (with <c>using static Offramp.Analysis.Languages.AnalysisText;</c>): the English text is the key
/// in Resources/AnalysisText.resx, which scripts/sync-ui-strings.py collects, and its translations sit beside it. The
/// CLI's own CliText cannot be used: this project stays apart from the case-record code and the report library it
/// needs. Values are written invariantly, because they echo what the user typed or the file holds (a column name,
/// "1.5" given to --conf-level), and the user should find them as written. The tables are worded too, with their
/// figures formatted as in English (invariant culture, as R prints them); JSON and CSV output are not worded: they stay
/// byte-identical in every language.
/// </summary>
public static class AnalysisText
{
    private static readonly ResourceManager Resources = new("Offramp.Analysis.Resources.AnalysisText", typeof(AnalysisText).Assembly);

    public static Words L { get; } = new(null);

    /// <summary>The same texts always in English, for what must not change with the language (the JSON output).</summary>
    public static Words English { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>
    /// How the statistics library's own texts read (its warnings, why a model cannot be fitted, a problem with the
    /// ratings): as the library writes them, in English, unless the program running the commands words them in its
    /// reader's language. The offramp CLI does, with the translations the evaluation reports use, so each statistics
    /// text is translated once for the web app, the report and the analyze commands.
    /// </summary>
    public static StatisticsWording Statistics { get; private set; } = (_, _, english) => english;

    /// <summary>Set once at start-up by the program that hosts the commands.</summary>
    public static void WordStatisticsWith(StatisticsWording wording) => Statistics = wording;

    public static string Say(WarningText text) => Statistics(text.Template, text.Values, text.ToString());

    public static string Say(SmallNumberWarning warning) => Statistics(warning.Template, warning.Values, warning.Message);

    public sealed class Words
    {
        private readonly CultureInfo? culture;

        internal Words(CultureInfo? culture)
        {
            this.culture = culture;
        }

        public string this[string english] =>
            culture is null ? Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english : english;

        public string this[string english, params object?[] values] => string.Format(CultureInfo.InvariantCulture, this[english], values);
    }
}

/// <summary>Words one of the statistics library's texts, given as its English template, its values and its English.</summary>
public delegate string StatisticsWording(string template, IReadOnlyList<object?> values, string english);
