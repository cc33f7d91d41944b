using System.Numerics;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// The row space of 0/1 rows over the rationals, by fraction-free elimination on big integers: a second, exact
/// implementation of "can this set's count be recomputed from these counts?" that shares nothing with the modular code
/// it checks (no prime, no random vector, no incremental updates).
/// </summary>
public sealed class RationalRowSpace
{
    private readonly int columns;
    private readonly List<(int Pivot, BigInteger[] Row)> basis = [];

    public RationalRowSpace(int columns, IEnumerable<IEnumerable<int>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        this.columns = columns;
        foreach (var row in rows)
        {
            var reduced = Reduce(row);
            var pivot = Array.FindIndex(reduced, entry => !entry.IsZero);
            if (pivot >= 0)
            {
                basis.Add((pivot, reduced));
            }
        }
    }

    public int Rank => basis.Count;

    /// <summary>Whether the indicator of the atoms is a rational combination of the rows.</summary>
    public bool Contains(IEnumerable<int> atoms) => Reduce(atoms).All(entry => entry.IsZero);

    private BigInteger[] Reduce(IEnumerable<int> atoms)
    {
        var vector = new BigInteger[columns];
        foreach (var atom in atoms)
        {
            vector[atom] += 1;
        }

        // Each basis row is zero at the pivots of the rows before it, so one pass in order clears every pivot.
        foreach (var (pivot, row) in basis)
        {
            if (vector[pivot].IsZero)
            {
                continue;
            }

            var factor = vector[pivot];
            var scale = row[pivot];
            var divisor = BigInteger.Zero;
            for (var c = 0; c < columns; c++)
            {
                vector[c] = (vector[c] * scale) - (row[c] * factor);
                divisor = BigInteger.GreatestCommonDivisor(divisor, vector[c]);
            }

            if (divisor > 1)
            {
                for (var c = 0; c < columns; c++)
                {
                    vector[c] /= divisor;
                }
            }
        }

        return vector;
    }
}
