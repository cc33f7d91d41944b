using System.Data.Common;
using System.Globalization;

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// One row of an evaluation query, field by field, whichever shape it came in: separate columns (PostgreSQL), or one
/// text column whose fields are joined by '|' (SQLite). On SQLite every column read is a native call that takes the
/// connection's mutex, and those calls, not the database, were most of the time at a million rows; one column per row
/// cuts them to a few. Fields never contain '|': ids, ISO dates, integers and enum codes.
/// </summary>
internal readonly ref struct StoredRow
{
    public const char Separator = '|';

    private readonly DbDataReader reader;
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

    private bool Packed => fields.Length > 0;

    public Guid Guid(int field) => Packed ? System.Guid.Parse(Field(field)) : reader.GetGuid(field);

    public int Int(int field) => Packed ? int.Parse(Field(field), CultureInfo.InvariantCulture) : reader.GetInt32(field);

    public int Day(int field) => Packed ? StoredValues.DayNumber(Field(field))
        : datesAsText ? StoredValues.DayNumber(reader.GetString(field)) : reader.GetFieldValue<DateOnly>(field).DayNumber;

    public TEnum Code<TEnum>(int field, CodeBook<TEnum> codes)
        where TEnum : struct, Enum => codes.Of(Packed ? Field(field) : reader.GetString(field));

    /// <summary>A DateTimeOffset column; packed, it is the integer the model's converter stores on SQLite.</summary>
    public DateTimeOffset Instant(int field, ValueConverter? converter) => Packed
        ? StoredValues.Instant(long.Parse(Field(field), CultureInfo.InvariantCulture), converter)
        : converter is null ? reader.GetFieldValue<DateTimeOffset>(field) : StoredValues.Instant(reader.GetValue(field), converter);

    private ReadOnlySpan<char> Field(int field) => line[fields[field]];
}
