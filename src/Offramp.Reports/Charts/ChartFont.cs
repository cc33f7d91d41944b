using ScottPlot;

using SkiaSharp;

namespace Offramp.Reports.Charts;

/// <summary>
/// The face the server measures and draws chart text with: Noto Sans Arabic (Charts/Fonts, SIL Open Font License 1.1),
/// which has Latin and Arabic glyphs. It ships inside this assembly because a server has no fonts to rely on, and with
/// the default face Arabic letters had no glyph and were left out of the chart altogether.
/// </summary>
internal sealed class ChartFont : IFontResolver
{
    public const string Name = "Noto Sans Arabic";

    private static readonly Lazy<SKTypeface> Face = new(() =>
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("Offramp.Reports.Charts.Fonts.NotoSansArabic-Regular.ttf")
            ?? throw new InvalidOperationException("The chart font is missing from the assembly.");
        return SKTypeface.FromStream(stream);
    });

    static ChartFont() => Fonts.FontResolvers.Add(new ChartFont());

    /// <summary>A new plot whose every text uses the chart font.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(Name);
        return plot;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == Name ? Face.Value : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => fontName == Name ? Face.Value : null;
}
