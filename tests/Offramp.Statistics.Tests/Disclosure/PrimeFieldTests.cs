using Offramp.Statistics.Disclosure;

namespace Offramp.Statistics.Tests.Disclosure;

/// <summary>The folded reductions of both primes agree with 128-bit division, at the edges and at random.</summary>
public sealed class PrimeFieldTests
{
    [Fact]
    public void Mersenne61_multiplies_like_division() => AssertMultiplies<Mersenne61>();

    [Fact]
    public void Prime58_multiplies_like_division() => AssertMultiplies<Prime58>();

    [Fact]
    public void Inverses_multiply_to_one()
    {
        foreach (var a in new ulong[] { 1, 2, 3, 27, 123_456_789, Mersenne61.Modulus - 1 })
        {
            Assert.Equal(1UL, Mersenne61.Multiply(a, Field<Mersenne61>.Inverse(a)));
            Assert.Equal(1UL, Prime58.Multiply(a % Prime58.Modulus, Field<Prime58>.Inverse(a % Prime58.Modulus)));
        }
    }

    private static void AssertMultiplies<TField>()
        where TField : struct, IPrimeField
    {
        var p = TField.Modulus;
        var random = new Random(58);
        var values = new List<ulong> { 0, 1, 2, p - 1, p - 2, p / 2, (p / 2) + 1 };
        for (var i = 0; i < 2000; i++)
        {
            values.Add((ulong)random.NextInt64() % p);
        }

        foreach (var a in values)
        {
            foreach (var b in values.Take(40))
            {
                Assert.Equal((ulong)((UInt128)a * b % p), TField.Multiply(a, b));
            }
        }
    }
}
