namespace Offramp.Analysis.Csv;

/// <summary>
/// The common case of a number in a CSV, parsed without the general parser: an optional minus sign, at most 15
/// digits and at most one decimal point ("278", "-0.125", "36.5"). The digits form an integer below 2^53 and the
/// power of ten is at most 10^15, both exact doubles, so one correctly rounded division gives exactly the double
/// that double.Parse gives (Clinger's fast path). Anything else (exponents, more digits, stray bytes) returns false,
/// and the caller uses double.TryParse. On a million rows this is most of the time spent reading numbers.
/// </summary>
internal static class FastDouble
{
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryParseSimple(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] == (byte)'-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fractionDigits = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && fractionDigits < 0)
            {
                fractionDigits = 0;
                continue;
            }

            var digit = c - (byte)'0';
            if ((uint)digit > 9 || ++digits > 15)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            if (fractionDigits >= 0)
            {
                fractionDigits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = fractionDigits > 0 ? mantissa / PowersOfTen[fractionDigits] : mantissa;
        value = negative ? -value : value;
        return true;
    }
}
