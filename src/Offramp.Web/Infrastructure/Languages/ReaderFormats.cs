using System.Globalization;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Html;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// Dates and numbers as the reader's language writes them. Dates ("24 oct. 2026", "24 أكتوبر 2026"), inside a &lt;time&gt; element that
/// keeps the ISO date for machines and as the tooltip, so ISO stays one hover away. English shows ISO itself: the
/// app's English readers are spread over many countries, and "2026-10-24" is the one form that none of them misreads
/// (the US "8/29/2026" against the British "29/8/2026"). Numbers: "12,480.5" in English, "12 480,5" in French.
/// Arabic keeps Western digits with the point and comma, as the programs' Arabic-speaking staff write figures in
/// reports from Morocco to Iraq; ICU's Arabic separators ("٫") beside Western digits match no one's usage. Forms
/// still bind in one invariant way (see <see cref="AppLanguages"/>); only what is shown changes.
/// </summary>
public sealed class ReaderFormats
{
    public IHtmlContent Date(DateOnly date) => Element(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Words(date));

    /// <summary>A date that may be missing reads <paramref name="missing"/> (a dash by default).</summary>
    public IHtmlContent Date(DateOnly? date, string missing = "—") => date is { } d ? Date(d) : new HtmlString(HtmlEncoder.Default.Encode(missing));

    public IHtmlContent Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    public IHtmlContent Date(DateTimeOffset? moment, string missing = "—") => moment is { } m ? Date(m) : new HtmlString(HtmlEncoder.Default.Encode(missing));

    /// <summary>Date and time of day (UTC, as the audit and registers record it).</summary>
    public IHtmlContent Moment(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        var text = $"{Words(DateOnly.FromDateTime(utc.UtcDateTime))} {utc.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        return Element(utc.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), text);
    }

    /// <summary>The date in words only, for attributes and plain text.</summary>
    public string Words(DateOnly date) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == AppLanguages.Default
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.CurrentUICulture.DateTimeFormat);

    public string Words(DateTimeOffset moment) => Words(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>A count, grouped by thousands the reader's way.</summary>
    public string Count(long value) => value.ToString("N0", NumberFormat);

    /// <summary>A count that may be withheld or unknown, which then reads <paramref name="missing"/>.</summary>
    public string Count(long? value, string missing) => value is { } v ? Count(v) : missing;

    /// <summary>An amount of money in whole units, grouped the reader's way (the currency is written beside it).</summary>
    public string Money(decimal value) => value.ToString("N0", NumberFormat);

    /// <summary>A measured value in <paramref name="format"/> (e.g. "0.##"), or <paramref name="missing"/>.</summary>
    public string Number(double? value, string format, string missing = "—") => value is { } v ? v.ToString(format, NumberFormat) : missing;

    private static NumberFormatInfo NumberFormat => Reports.Sentences.NumberFormat;

    private static HtmlString Element(string iso, string text) =>
        new($"<time datetime=\"{iso}\" title=\"{iso}\">{HtmlEncoder.Default.Encode(text)}</time>");
}
