using System.Globalization;
using System.Text;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// How a person types a date in their language: English as ISO ("2026-10-24", the one form no English reader misreads,
/// as <see cref="ReaderFormats"/> shows dates), French and Arabic day first ("24/10/2026"). ISO is accepted in every
/// language, and Arabic-Indic digits ("٢٤/١٠/٢٠٢٦") as their Western equals. A browser's own date input would show
/// the browser's locale, not the page's language (an English page in a US browser asks for 10/24/2026), so date fields
/// are text fields that follow the page (see <see cref="DateInputTagHelper"/>).
/// </summary>
public static class DateEntry
{
    private const string Iso = "yyyy-MM-dd";
    private const string DayFirst = "dd/MM/yyyy";

    /// <summary>The message a date that cannot be read gets; each language's translation gives its own example.</summary>
    public const string MessageText = "Enter a date such as 2026-10-24.";

    private static readonly string[] DayFirstForms = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    /// <summary>The form a date is shown in for typing, in <paramref name="language"/>.</summary>
    public static string Pattern(string language) => language == AppLanguages.Default ? Iso : DayFirst;

    /// <summary>What an empty field shows, in the reader's words for day, month and year.</summary>
    public static string Hint(string language) => language switch
    {
        "fr" => "jj/mm/aaaa",
        "ar" => "يوم/شهر/سنة",
        _ => "YYYY-MM-DD",
    };

    public static string Format(DateOnly date, string language) => date.ToString(Pattern(language), CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads what a person typed: ISO always, and day first in a language that writes dates that way. Never month first:
    /// "05/10/2026" is 5 October on a French or Arabic page, and refused on an English one rather than guessed.
    /// </summary>
    public static bool TryParse(string? text, string language, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var typed = WesternDigits(text.Trim());
        if (DateOnly.TryParseExact(typed, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        return language != AppLanguages.Default
            && DateOnly.TryParseExact(typed, DayFirstForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string WesternDigits(string text)
    {
        var western = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            western.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return western.ToString();
    }
}
