namespace Offramp.Statistics.Disclosure;

/// <summary>
/// A dense scratch vector modulo a prime that remembers which entries it touched, so reducing a row costs the entries
/// the reduction actually visits rather than the number of atoms, and clearing it costs the same.
/// </summary>
internal sealed class DenseAccumulator<TField>(int length)
    where TField : struct, IPrimeField
{
    private readonly ulong[] values = new ulong[length];
    private readonly bool[] touched = new bool[length];
    private readonly List<int> touchedIndices = [];

    public ulong this[int index] => values[index];

    public void Add(int index, ulong value)
    {
        if (!touched[index])
        {
            touched[index] = true;
            touchedIndices.Add(index);
        }

        values[index] = Field<TField>.Add(values[index], value);
    }

    /// <summary>this += factor × vector.</summary>
    public void AddScaled(ulong factor, SparseVector vector)
    {
        for (var k = 0; k < vector.Count; k++)
        {
            Add(vector.Indices[k], TField.Multiply(factor, vector.Values[k]));
        }
    }

    /// <summary>The lowest index with a non-zero entry, or −1.</summary>
    public int FirstNonZero()
    {
        var first = -1;
        foreach (var index in touchedIndices)
        {
            if (values[index] != 0 && (first < 0 || index < first))
            {
                first = index;
            }
        }

        return first;
    }

    /// <summary>The non-zero entries, times a factor, as a sparse vector; then clears the accumulator.</summary>
    public SparseVector Drain(ulong factor = 1)
    {
        touchedIndices.Sort();
        var indices = new List<int>(touchedIndices.Count);
        var result = new List<ulong>(touchedIndices.Count);
        foreach (var index in touchedIndices)
        {
            if (values[index] != 0)
            {
                indices.Add(index);
                result.Add(factor == 1 ? values[index] : TField.Multiply(factor, values[index]));
            }

            values[index] = 0;
            touched[index] = false;
        }

        touchedIndices.Clear();
        return new SparseVector([.. indices], [.. result]);
    }

    public void Clear()
    {
        foreach (var index in touchedIndices)
        {
            values[index] = 0;
            touched[index] = false;
        }

        touchedIndices.Clear();
    }
}
