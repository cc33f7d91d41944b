namespace Offramp.Statistics.Disclosure;

/// <summary>
/// Multiplication modulo a prime below 2^62. Row-space membership is decided exactly in such a field: a vector with
/// integer entries that is a rational combination of published rows is the same combination modulo any prime that does
/// not divide the combination's denominators, so no floating-point tolerance is ever involved. Two different primes are
/// used (see <see cref="SecondarySuppression"/>) so that a prime dividing a denominator of one system is not a blind spot.
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

/// <summary>The prime 2^62 − 57, reduced by folding twice (2^62 ≡ 57).</summary>
internal readonly struct Prime62 : IPrimeField
{
    private const ulong Mask = (1UL << 62) - 1;

    public static ulong Modulus => (1UL << 62) - 57;

    public static ulong Multiply(ulong a, ulong b)
    {
        var product = (UInt128)a * b;
        var folded = ((product >> 62) * 57) + (product & Mask);
        folded = ((folded >> 62) * 57) + (folded & Mask);
        var result = (ulong)folded;
        return result >= Modulus ? result - Modulus : result;
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
