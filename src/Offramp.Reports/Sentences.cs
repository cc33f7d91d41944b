using System.Globalization;

using Microsoft.Extensions.Localization;

using Offramp.Core.Common;
using Offramp.Reports.Plurals;

namespace Offramp.Reports;

/// <summary>
/// The reader's wording of what Core writes: a <see cref="Phrase"/> is looked up by its English template in the report's
/// texts and filled with its values the reader's way (a coded value as its label, a number with the culture's
/// separators, a nested phrase worded the same way); a label Core gives a group ("Completed") reads as the reader's word
/// for it. Anything the texts do not know, such as a name a person gave, is shown as given.
/// <para>
/// Numbers follow the reader's language, not the thread's culture (which the web app keeps invariant so forms bind one
/// way): "12 480,5" in French; Arabic keeps Western digits with the point and comma, as the programs' Arabic-speaking
/// staff write figures, and English reads "12,480.5".
/// </para>
/// </summary>
public sealed class Sentences(IStringLocalizer<ReportText> text, EnumLabels words)
{
    public string this[Phrase? phrase] => phrase is null ? "" : Say(phrase);

    public string Say(Phrase phrase)
    {
        if (phrase.IsVerbatim)
        {
            return phrase.VerbatimIn(TranslatableText.ReaderLanguage);
        }

        var found = text[phrase.Template];
        var template = PluralForms.Choose(found.ResourceNotFound ? phrase.Template : found.Value, phrase.Values, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return string.Format(NumberFormat, template, [.. phrase.Values.Select((v, i) => Value(v, phrase.OpensSentence(i)))]);
    }

    /// <summary>How the reader's language writes numbers (the web app's other figures use the same, see ReaderFormats).</summary>
    public static NumberFormatInfo NumberFormat => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "fr" => CultureInfo.GetCultureInfo("fr").NumberFormat,
        _ => CultureInfo.InvariantCulture.NumberFormat,
    };

    /// <summary>A group's or row's label: the reader's word when it is one of Core's, otherwise as given.</summary>
    public string Label(string label)
    {
        if (label.Length == 0)
        {
            return label;
        }

        var found = text[label];
        return found.ResourceNotFound ? label : found.Value;
    }

    private object? Value(object? value, bool opensSentence) => value switch
    {
        Phrase p => Say(p),
        Enum e => opensSentence ? words[e] : Phrase.MidSentence(words[e]),
        string s => Label(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value,
    };
}
