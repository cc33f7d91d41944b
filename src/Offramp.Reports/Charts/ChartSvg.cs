using System.Globalization;
using System.Text.RegularExpressions;

using ScottPlot;

namespace Offramp.Reports.Charts;

/// <summary>
/// What every chart shares: the app's own font and dates written the way the reader's language writes them. The
/// server draws with no font configuration, so the SVG's own font names are rewritten to the app's font stack (a
/// presentation attribute, which the strict style policy allows, where an embedded style sheet would be refused).
/// </summary>
public static partial class ChartSvg
{
    /// <summary>The app's font stack (site.css), with a face that has Arabic glyphs.</summary>
    public const string FontStack = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";

    public static string Render(Plot plot, int width, int height)
    {
        var svg = FontFamily().Replace(plot.GetSvgXml(width, height), $"font-family=\"{FontStack}\"");

        // Skia places every character at its own x; a browser then draws Arabic letters apart, unjoined and left to
        // right. A text keeps only where it starts, so the browser shapes and orders it as the language writes it.
        svg = GlyphPositions().Replace(svg, "$1=\"$2\"");
        return SvgRoot().Replace(svg, $"<svg font-family=\"{FontStack}\"", 1);
    }

    /// <summary>Dates on a time axis: ISO in English (as the pages show them), the month and year in words elsewhere.</summary>
    public static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = DateLabel;
        }
    }

    public static string DateLabel(DateTime date) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("MMM yyyy", CultureInfo.CurrentUICulture.DateTimeFormat);

    [GeneratedRegex("font-family=\"[^\"]*\"")]
    private static partial Regex FontFamily();

    [GeneratedRegex("\\b([xy])=\"(-?[0-9.]+)(?:, ?-?[0-9.]*)*\"")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex("<svg(?=[\\s>])")]
    private static partial Regex SvgRoot();
}
