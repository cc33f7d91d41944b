namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>The current row of an <see cref="INativeQueryReader"/>: columns read as stored, without a string per value.</summary>
public abstract class NativeRow
{
    /// <summary>A text column's UTF-8 bytes, valid until the next row is read.</summary>
    public abstract ReadOnlySpan<byte> Utf8(int column);

    public abstract long WholeNumber(int column);
}
