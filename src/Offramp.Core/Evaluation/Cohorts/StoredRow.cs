using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// One row of an evaluation query, field by field, whichever shape it came in: separate columns (PostgreSQL), one
/// text column whose fields are joined by '|' (SQLite through ADO.NET), or a provider's <see cref="NativeRow"/> (SQLite
/// through its statement API). Through ADO.NET every SQLite column read is a checked native call that builds a string,
/// and those calls, not the database, were most of the time at a million rows; one packed column per row cut them to
/// a few, and a native row reads ids, dates and codes from the stored bytes with no string at all. Fields never contain
/// '|': ids, ISO dates, integers and enum codes.
/// </summary>
internal readonly ref struct StoredRow
{
    public const char Separator = '|';

    private readonly DbDataReader? reader;
    private readonly NativeRow? native;
    private readonly ReadOnlySpan<char> line;
    private readonly ReadOnlySpan<Range> fields;
    private readonly bool datesAsText;

    /// <param name="reader">The reader, positioned on the row.</param>
    /// <param name="line">The packed row's text; empty when the fields are separate columns.</param>
    /// <param name="fields">Where each field lies in <paramref name="line"/>; empty when the fields are separate columns.</param>
    /// <param name="datesAsText">Separate date columns come back as text (SQLite) rather than dates.</param>
    public StoredRow(DbDataReader reader, ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, bool datesAsText)
    {
        this.reader = reader;
        this.line = line;
        this.fields = fields;
        this.datesAsText = datesAsText;
    }

    /// <param name="native">The provider's row; dates are ISO text and instants the integer the model's converter stores (SQLite).</param>
    public StoredRow(NativeRow native) => this.native = native;

    private bool Packed => fields.Length > 0;

    private DbDataReader Reader => reader!;

    public Guid Guid(int field) => native is not null ? Utf8Guid(native.Utf8(field))
        : Packed ? System.Guid.Parse(Field(field)) : Reader.GetGuid(field);

    public int Int(int field) => native is not null ? checked((int)native.WholeNumber(field))
        : Packed ? int.Parse(Field(field), CultureInfo.InvariantCulture) : Reader.GetInt32(field);

    public int Day(int field) => native is not null ? StoredValues.DayNumber(native.Utf8(field))
        : Packed ? StoredValues.DayNumber(Field(field))
        : datesAsText ? StoredValues.DayNumber(Reader.GetString(field)) : Reader.GetFieldValue<DateOnly>(field).DayNumber;

    public TEnum Code<TEnum>(int field, CodeBook<TEnum> codes)
        where TEnum : struct, Enum => native is not null ? codes.Of(native.Utf8(field)) : codes.Of(Packed ? Field(field) : Reader.GetString(field));

    /// <summary>A DateTimeOffset column; packed or native, it is the integer the model's converter stores on SQLite.</summary>
    public DateTimeOffset Instant(int field, ValueConverter? converter) =>
        native is not null ? StoredValues.Instant(native.WholeNumber(field), converter)
        : Packed ? StoredValues.Instant(long.Parse(Field(field), CultureInfo.InvariantCulture), converter)
        : converter is null ? Reader.GetFieldValue<DateTimeOffset>(field) : StoredValues.Instant(Reader.GetValue(field), converter);

    private static Guid Utf8Guid(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out Guid id, out var consumed, 'D') && consumed == text.Length
            ? id
            : throw new FormatException($"Stored id '{System.Text.Encoding.UTF8.GetString(text)}' is not a GUID.");

    private ReadOnlySpan<char> Field(int field) => line[fields[field]];
}
