using System.Globalization;

namespace Offramp.Reports.Plurals;

/// <summary>
/// Which plural category a number takes in each of the app's languages, as CLDR's plural rules define them
/// (https://cldr.unicode.org/index/cldr-spec/plural-rules; the operands are n, the absolute value, i, its integer
/// digits, and v, the count of fraction digits it is written with). English has one and other; French one (0 and 1, and
/// 1.5), many (whole millions) and other; Arabic six: zero, one, two, few (3-10 and 103-110…), many (11-99, 111-199…)
/// and other (100-102, and every fraction). A test compares these with Babel's CLDR data for thousands of numbers.
/// No library on our package source carries CLDR's rules for .NET, and three languages' rules are a few lines each.
/// </summary>
public static class PluralRules
{
    /// <summary>The categories whole numbers can reach in <paramref name="language"/>: the forms a translation must give.</summary>
    public static IReadOnlyList<PluralCategory> WholeNumberCategories(string language) => Language(language) switch
    {
        "ar" => [PluralCategory.Zero, PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "fr" => [PluralCategory.One, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    public static PluralCategory For(string language, decimal number)
    {
        var n = Math.Abs(number);
        var i = decimal.Truncate(n);
        var v = n.Scale;
        var whole = n == i;
        return Language(language) switch
        {
            "ar" when n == 0 => PluralCategory.Zero,
            "ar" when n == 1 => PluralCategory.One,
            "ar" when n == 2 => PluralCategory.Two,
            "ar" when whole && n % 100 is >= 3 and <= 10 => PluralCategory.Few,
            "ar" when whole && n % 100 is >= 11 and <= 99 => PluralCategory.Many,
            "ar" => PluralCategory.Other,
            "fr" when i is 0 or 1 => PluralCategory.One,
            "fr" when v == 0 && i != 0 && i % 1_000_000 == 0 => PluralCategory.Many,
            "fr" => PluralCategory.Other,
            _ when i == 1 && v == 0 => PluralCategory.One,
            _ => PluralCategory.Other,
        };
    }

    /// <summary>The category of a value a message counts with, or null when it is not a number.</summary>
    public static PluralCategory? For(string language, object? value) => value switch
    {
        null or bool or Enum => null,
        decimal d => For(language, d),
        double d when double.IsFinite(d) => For(language, (decimal)d),
        float f when float.IsFinite(f) => For(language, (decimal)f),
        IConvertible c when IsInteger(c.GetTypeCode()) => For(language, c.ToDecimal(CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static bool IsInteger(TypeCode code) => code is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16
        or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    private static string Language(string cultureOrLanguage) =>
        cultureOrLanguage.Length >= 2 ? cultureOrLanguage[..2].ToLowerInvariant() : cultureOrLanguage;
}
