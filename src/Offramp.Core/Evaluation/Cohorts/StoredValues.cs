using System.Data.Common;
using System.Globalization;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads stored values straight off a data reader without materialising entities: dates as day numbers, enum codes
/// through a lookup. SQLite keeps a DateOnly as 'yyyy-MM-dd' text and PostgreSQL as a date; both are handled, the text
/// by a parser that does no culture work (a million rows would spend seconds in DateOnly.Parse).
/// </summary>
internal static class StoredValues
{
    public static int DayNumber(DbDataReader reader, int ordinal, bool asText) =>
        asText ? DayNumber(reader.GetString(ordinal)) : reader.GetFieldValue<DateOnly>(ordinal).DayNumber;

    /// <summary>Whether the column comes back as text (SQLite) rather than a date (PostgreSQL); ask once per query.</summary>
    public static bool IsText(DbDataReader reader, int ordinal) => reader.GetFieldType(ordinal) == typeof(string);

    public static int DayNumber(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            TryDigits(text, 0, 4, out var year) && TryDigits(text, 5, 2, out var month) && TryDigits(text, 8, 2, out var day))
        {
            return new DateOnly(year, month, day).DayNumber;
        }

        return DateOnly.Parse(text, CultureInfo.InvariantCulture).DayNumber;
    }

    public static TEnum Code<TEnum>(DbDataReader reader, int ordinal, Dictionary<string, TEnum> codes)
        where TEnum : struct, Enum
    {
        var code = reader.GetString(ordinal);
        return codes.TryGetValue(code, out var value) ? value : throw new InvalidOperationException($"Unknown stored {typeof(TEnum).Name} '{code}'.");
    }

    /// <summary>A DateTimeOffset column: SQLite stores it through the model's converter (UTC ticks), PostgreSQL as timestamptz.</summary>
    public static DateTimeOffset Instant(DbDataReader reader, int ordinal, ValueConverter? converter) =>
        converter is null ? reader.GetFieldValue<DateTimeOffset>(ordinal) : (DateTimeOffset)converter.ConvertFromProvider(reader.GetValue(ordinal))!;

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var k = start; k < start + length; k++)
        {
            var digit = text[k] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
