namespace Offramp.Reports.Plurals;

/// <summary>The CLDR plural categories: which form of a counted word a number takes in a language.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}
