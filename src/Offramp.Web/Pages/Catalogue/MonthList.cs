using System.Globalization;

namespace Offramp.Web.Pages.Catalogue;

/// <summary>Follow-up horizons typed as "3, 6, 12": one text field is quicker to fill and read than twenty number inputs.</summary>
public static class MonthList
{
    public static string Format(IEnumerable<int> months) => string.Join(", ", months);

    /// <summary>The months, or null with nothing parsed when a part is not a whole number.</summary>
    public static List<int>? Parse(string? text)
    {
        var months = new List<int>();
        foreach (var part in (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var month))
            {
                return null;
            }

            months.Add(month);
        }

        return months;
    }
}
