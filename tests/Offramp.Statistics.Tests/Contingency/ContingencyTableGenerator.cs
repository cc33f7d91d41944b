using Offramp.Statistics.Contingency;

namespace Offramp.Statistics.Tests.Contingency;

/// <summary>Seeded tables: small and large counts, zeros, symmetric margins, 2×2 up to 4×5.</summary>
public static class ContingencyTableGenerator
{
    public static IReadOnlyList<ContingencyTable> Tables(int seed)
    {
        var random = new Random(seed);
        var tables = new List<ContingencyTable>
        {
            // Hand-picked edge cases: zero cells, symmetric margins (ties in Fisher's "as likely"), tiny and large n.
            Table(new long[,] { { 3, 1 }, { 1, 3 } }),
            Table(new long[,] { { 5, 5 }, { 5, 5 } }),
            Table(new long[,] { { 0, 7 }, { 4, 3 } }),
            Table(new long[,] { { 8, 0 }, { 2, 9 } }),
            Table(new long[,] { { 12, 5 }, { 5, 12 } }),
            Table(new long[,] { { 1, 9 }, { 11, 3 } }),
            Table(new long[,] { { 40, 60 }, { 60, 40 } }),
            Table(new long[,] { { 2, 3 }, { 3, 2 } }),
            Table(new long[,] { { 120, 380 }, { 95, 405 } }),
            Table(new long[,] { { 2300, 1700 }, { 1900, 2100 } }),
            Table(new long[,] { { 0, 0 }, { 4, 6 } }),
            Table(new long[,] { { 3, 4, 0 }, { 5, 2, 6 } }),
        };

        for (var i = 0; i < 40; i++)
        {
            var rows = i < 28 ? 2 : random.Next(2, 5);
            var columns = i < 28 ? 2 : random.Next(2, 6);
            var scale = random.Next(3) switch { 0 => 6, 1 => 40, _ => 400 };
            var counts = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    counts[r, c] = random.Next(scale) + (random.NextDouble() < 0.1 ? 0 : 1);
                }
            }

            tables.Add(Table(counts));
        }

        return tables;
    }

    public static IReadOnlyList<IReadOnlyList<ContingencyTable>> StratifiedSets(int seed)
    {
        var random = new Random(seed);
        var sets = new List<IReadOnlyList<ContingencyTable>>
        {
            new[] { Table(new long[,] { { 10, 20 }, { 15, 25 } }), Table(new long[,] { { 3, 9 }, { 7, 8 } }) },
        };
        for (var i = 0; i < 12; i++)
        {
            var strata = random.Next(2, 6);
            var set = new List<ContingencyTable>();
            for (var s = 0; s < strata; s++)
            {
                var scale = random.Next(2) == 0 ? 12 : 150;
                set.Add(Table(new long[,] { { random.Next(1, scale), random.Next(1, scale) }, { random.Next(1, scale), random.Next(1, scale) } }));
            }

            sets.Add(set);
        }

        return sets;
    }

    private static ContingencyTable Table(long[,] counts) => ContingencyTable.FromCounts(counts);
}
