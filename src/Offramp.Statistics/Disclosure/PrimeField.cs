namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Multiplication modulo a prime below 2^62 (2^61 − 1 and 2^58 − 27 here). Row-space membership is decided exactly in such a field: a vector with
/// integer entries that is a rational combination of published rows is the same combination modulo any prime that does
/// not divide the combination's denominators, so no floating-point tolerance is ever involved. Two different primes are
/// used (see <see cref="DisclosureControl"/>) so that a prime dividing a denominator of one system is not a blind spot.
/// </summary>
internal interface IPrimeField
{
    /// <summary>The prime.</summary>
    static abstract ulong Modulus { get; }

    /// <summary>a × b mod p, for a, b below p.</summary>
    static abstract ulong Multiply(ulong a, ulong b);
}

/// <summary>The Mersenne prime 2^61 − 1, whose reduction is a shift and an add.</summary>
internal readonly struct Mersenne61 : IPrimeField
{
    public static ulong Modulus => (1UL << 61) - 1;

    public static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        // a·b < 2^122, so a·b = q·2^61 + r with q < 2^61 − 1 and r ≤ 2^61 − 1, and 2^61 ≡ 1.
        var sum = ((high << 3) | (low >> 61)) + (low & Modulus);
        return sum >= Modulus ? sum - Modulus : sum;
    }
}

/// <summary>
/// The prime 2^58 − 27, reduced by folding twice (2^58 ≡ 27). It is the largest prime below 2^64 of the form 2^k − c whose
/// folds stay within 64 bits, so it costs about what the Mersenne prime does.
/// </summary>
internal readonly struct Prime58 : IPrimeField
{
    private const ulong Mask = (1UL << 58) - 1;

    public static ulong Modulus => (1UL << 58) - 27;

    public static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        // a·b < 2^116 = q·2^58 + r with q < 2^58, so 27q + r < 2^63; folding again leaves less than 2^58 + 27·33.
        var folded = (((high << 6) | (low >> 58)) * 27) + (low & Mask);
        folded = ((folded >> 58) * 27) + (folded & Mask);
        return folded >= Modulus ? folded - Modulus : folded;
    }
}

/// <summary>Field operations built on <typeparamref name="TField"/>'s multiplication.</summary>
internal static class Field<TField>
    where TField : struct, IPrimeField
{
    public static ulong Add(ulong a, ulong b)
    {
        var sum = a + b;
        return sum >= TField.Modulus ? sum - TField.Modulus : sum;
    }

    public static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + TField.Modulus - b;

    public static ulong Negate(ulong a) => a == 0 ? 0 : TField.Modulus - a;

    /// <summary>The inverse of a non-zero element, by Fermat: a^(p−2).</summary>
    public static ulong Inverse(ulong a)
    {
        if (a == 0)
        {
            throw new DivideByZeroException("Zero has no inverse.");
        }

        var result = 1UL;
        var power = a;
        for (var exponent = TField.Modulus - 2; exponent != 0; exponent >>= 1)
        {
            if ((exponent & 1) != 0)
            {
                result = TField.Multiply(result, power);
            }

            power = TField.Multiply(power, power);
        }

        return result;
    }
}
