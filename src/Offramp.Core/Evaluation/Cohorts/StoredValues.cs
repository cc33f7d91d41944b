using System.Data.Common;
using System.Globalization;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads stored values without materialising entities: dates as day numbers, enum codes through a lookup. SQLite keeps
/// a DateOnly as 'yyyy-MM-dd' text and PostgreSQL as a date; the text is parsed without culture work (a million rows
/// would spend seconds in DateOnly.Parse).
/// </summary>
internal static class StoredValues
{
    /// <summary>Whether the column comes back as text (SQLite) rather than a date (PostgreSQL); ask once per query.</summary>
    public static bool IsText(DbDataReader reader, int ordinal) => reader.GetFieldType(ordinal) == typeof(string);

    public static int DayNumber(ReadOnlySpan<char> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' &&
            TryDigits(text[..4], out var year) && TryDigits(text[5..7], out var month) && TryDigits(text[8..], out var day))
        {
            return new DateOnly(year, month, day).DayNumber;
        }

        return DateOnly.Parse(text, CultureInfo.InvariantCulture).DayNumber;
    }

    /// <summary>A date stored as 'yyyy-MM-dd' text, from its UTF-8 bytes (ASCII: one char per byte).</summary>
    public static int DayNumber(ReadOnlySpan<byte> utf8)
    {
        Span<char> text = stackalloc char[Math.Min(utf8.Length, 64)];
        return utf8.Length <= text.Length && System.Text.Ascii.ToUtf16(utf8, text, out var written) == System.Buffers.OperationStatus.Done
            ? DayNumber(text[..written])
            : DayNumber(System.Text.Encoding.UTF8.GetString(utf8));
    }

    /// <summary>A DateTimeOffset stored through the model's converter (UTC ticks on SQLite).</summary>
    public static DateTimeOffset Instant(object stored, ValueConverter? converter) =>
        converter is null ? (DateTimeOffset)stored : (DateTimeOffset)converter.ConvertFromProvider(stored)!;

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}

/// <summary>The stored code of each value of an enum property, looked up from text without allocating a string per row.</summary>
internal sealed class CodeBook<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public CodeBook(Dictionary<string, TEnum> codes) => lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A code from its UTF-8 bytes (codes are enum names: ASCII letters and digits, so short).</summary>
    public TEnum Of(ReadOnlySpan<byte> utf8)
    {
        Span<char> code = stackalloc char[Math.Min(utf8.Length, 64)];
        return utf8.Length <= code.Length && System.Text.Ascii.ToUtf16(utf8, code, out var written) == System.Buffers.OperationStatus.Done
            ? Of(code[..written])
            : Of(System.Text.Encoding.UTF8.GetString(utf8));
    }

    public TEnum Of(ReadOnlySpan<char> code) =>
        lookup.TryGetValue(code, out var value) ? value : throw new InvalidOperationException($"Unknown stored {typeof(TEnum).Name} '{code}'.");
}
