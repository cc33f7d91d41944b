namespace Offramp.Statistics.Disclosure;

/// <summary>
/// The linear span of 0/1 vectors over atoms, kept in echelon form over the integers modulo the prime 2^31 − 1, so that
/// membership is exact arithmetic (no floating-point tolerance). A vector in the span over the rationals is in it modulo
/// the prime too, so "not in the span" here is never wrong in the unsafe direction unless a coefficient's denominator
/// is a multiple of the prime, which no table of counts produces in practice.
/// </summary>
internal sealed class SpanOverPrimeField(int dimension)
{
    private const long Prime = 2_147_483_647;

    private readonly List<(int Pivot, long[] Row)> rows = [];

    public int Rank => rows.Count;

    /// <summary>A copy that can grow on its own (rows are never changed once added, so they are shared).</summary>
    public SpanOverPrimeField Clone()
    {
        var copy = new SpanOverPrimeField(dimension);
        copy.rows.AddRange(rows);
        return copy;
    }

    /// <summary>Adds the vector; false when it was already in the span.</summary>
    public bool Add(IReadOnlyList<int> atoms)
    {
        var v = Reduce(atoms);
        var pivot = Array.FindIndex(v, x => x != 0);
        if (pivot < 0)
        {
            return false;
        }

        var inverse = Inverse(v[pivot]);
        for (var j = pivot; j < v.Length; j++)
        {
            v[j] = v[j] * inverse % Prime;
        }

        rows.Add((pivot, v));
        return true;
    }

    public bool Contains(IReadOnlyList<int> atoms) => Array.TrueForAll(Reduce(atoms), x => x == 0);

    private long[] Reduce(IReadOnlyList<int> atoms)
    {
        var v = new long[dimension];
        foreach (var a in atoms)
        {
            v[a] = 1;
        }

        // Rows are kept in insertion order, each normalised at its pivot; reducing by each in turn clears every pivot.
        foreach (var (pivot, row) in rows)
        {
            var factor = v[pivot];
            if (factor == 0)
            {
                continue;
            }

            for (var j = pivot; j < v.Length; j++)
            {
                if (row[j] != 0)
                {
                    v[j] = ((v[j] - (factor * row[j] % Prime)) % Prime + Prime) % Prime;
                }
            }
        }

        return v;
    }

    private static long Inverse(long a)
    {
        // Fermat: a^(p-2) mod p.
        long result = 1, b = a % Prime, e = Prime - 2;
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = result * b % Prime;
            }

            b = b * b % Prime;
            e >>= 1;
        }

        return result;
    }
}
