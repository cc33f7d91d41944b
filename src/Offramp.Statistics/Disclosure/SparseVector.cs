namespace Offramp.Statistics.Disclosure;

/// <summary>
/// A vector modulo a prime stored as its non-zero entries in increasing index order. Cells are sums of few atoms and
/// the published rows of one calendar year never touch another year's atoms, so the elimination stays sparse; dense rows
/// over thousands of atoms would make it quadratically slower.
/// </summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    [ThreadStatic]
    private static int[]? scratchIndices;

    [ThreadStatic]
    private static ulong[]? scratchValues;

    public SparseVector(int[] indices, ulong[] values)
    {
        Indices = indices;
        Values = values;
    }

    public int[] Indices { get; }

    public ulong[] Values { get; }

    public int Count => Indices.Length;

    public static SparseVector Unit(int index) => new([index], [1UL]);

    /// <summary>The entry at an index (zero when absent).</summary>
    public ulong this[int index]
    {
        get
        {
            var position = Array.BinarySearch(Indices, index);
            return position >= 0 ? Values[position] : 0UL;
        }
    }

    /// <summary>this + factor × other, dropping entries that cancel.</summary>
    public SparseVector AddScaled<TField>(ulong factor, SparseVector other)
        where TField : struct, IPrimeField
    {
        // Merge into scratch buffers, then copy out once at the exact length: these vectors are rebuilt often.
        var length = Count + other.Count;
        if (scratchIndices is null || scratchIndices.Length < length)
        {
            scratchIndices = new int[Math.Max(length, 256)];
            scratchValues = new ulong[scratchIndices.Length];
        }

        var indices = scratchIndices;
        var values = scratchValues!;
        int i = 0, j = 0, n = 0;
        while (i < Count || j < other.Count)
        {
            int index;
            ulong value;
            if (j >= other.Count || (i < Count && Indices[i] < other.Indices[j]))
            {
                index = Indices[i];
                value = Values[i++];
            }
            else if (i >= Count || other.Indices[j] < Indices[i])
            {
                index = other.Indices[j];
                value = TField.Multiply(factor, other.Values[j++]);
            }
            else
            {
                index = Indices[i];
                value = Field<TField>.Add(Values[i++], TField.Multiply(factor, other.Values[j++]));
            }

            if (value != 0)
            {
                indices[n] = index;
                values[n++] = value;
            }
        }

        return new SparseVector(indices[..n], values[..n]);
    }

    /// <summary>factor × this.</summary>
    public SparseVector Scale<TField>(ulong factor)
        where TField : struct, IPrimeField
    {
        var values = new ulong[Count];
        for (var k = 0; k < Count; k++)
        {
            values[k] = TField.Multiply(factor, Values[k]);
        }

        return new SparseVector(Indices, values);
    }
}
