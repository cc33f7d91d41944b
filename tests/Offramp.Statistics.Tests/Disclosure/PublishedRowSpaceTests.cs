using Offramp.Statistics.Disclosure;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>
/// The incremental modular row space agrees with the rational one rebuilt from scratch, through any sequence of cells
/// withheld (coloops and not), for every vector tried: membership exactly, and the null vector never misses a member.
/// </summary>
public sealed class PublishedRowSpaceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Membership_matches_the_rational_row_space_while_rows_are_withheld(int seed)
    {
        var random = new Random(seed);
        const int Atoms = 12;
        var rows = Enumerable.Range(0, 18)
            .Select(_ => Enumerable.Range(0, Atoms).Where(_ => random.Next(3) == 0).ToArray())
            .ToArray();
        var probes = Enumerable.Range(0, 200)
            .Select(_ => Enumerable.Range(0, Atoms).Where(_ => random.Next(4) == 0).ToArray())
            .Concat(rows)
            .ToArray();
        var space = new PublishedRowSpace<Mersenne61>(Atoms, rows);
        foreach (var row in Enumerable.Range(0, rows.Length).OrderBy(row => rows[row].Length))
        {
            space.Insert(row);
        }

        var published = Enumerable.Range(0, rows.Length).ToHashSet();
        var randomSeed = (ulong)seed;
        var z = space.RandomNullVector(ref randomSeed);
        while (published.Count > 0)
        {
            var exact = new RationalRowSpace(Atoms, published.Select(row => rows[row]));
            Assert.Equal(exact.Rank, space.Rank);
            foreach (var probe in probes)
            {
                var inSpace = exact.Contains(probe);
                Assert.Equal(inSpace, space.TryExpress(probe, out _));
                if (inSpace)
                {
                    Assert.Equal(0UL, PublishedRowSpace<Mersenne61>.Dot(z, probe));
                }
            }

            var withheld = published.ElementAt(random.Next(published.Count));
            var coloop = space.IsColoop(withheld);
            space.Withhold(withheld);
            published.Remove(withheld);
            if (coloop)
            {
                space.ExtendNullVector(z, withheld, ref randomSeed);
            }
        }
    }
}
