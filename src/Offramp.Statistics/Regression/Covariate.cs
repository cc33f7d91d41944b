namespace Offramp.Statistics.Regression;

/// <summary>
/// One covariate as given: numeric values, or a categorical variable as codes into its levels with a
/// reference level. A categorical covariate enters a model as one indicator per non-reference level,
/// named as R names them (covariate name followed by the level, e.g. <c>genderM</c>).
/// </summary>
public sealed class Covariate
{
    private Covariate(string name, double[]? values, int[]? codes, IReadOnlyList<string>? levels, int reference)
    {
        Name = name;
        Values = values;
        Codes = codes;
        Levels = levels ?? [];
        ReferenceLevel = reference;
    }

    public string Name { get; }

    /// <summary>Numeric values; null for a categorical covariate.</summary>
    public double[]? Values { get; }

    /// <summary>Level codes per row; null for a numeric covariate.</summary>
    public int[]? Codes { get; }

    /// <summary>Level labels (categorical only), in R's factor order.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>Index of the reference level (categorical only).</summary>
    public int ReferenceLevel { get; }

    public bool IsCategorical => Codes is not null;

    public int Count => Values?.Length ?? Codes!.Length;

    public static Covariate Numeric(string name, double[] values) => new(name, values, null, null, 0);

    /// <summary>A categorical covariate; the reference level defaults to the first, as R's treatment contrasts.</summary>
    public static Covariate Categorical(string name, int[] codes, IReadOnlyList<string> levels, int referenceLevel = 0)
    {
        if ((uint)referenceLevel >= (uint)levels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceLevel), referenceLevel, "The reference level must be one of the levels.");
        }

        return new Covariate(name, null, codes, levels, referenceLevel);
    }

    /// <summary>The model's column names for this covariate.</summary>
    public IEnumerable<string> ColumnNames() => IsCategorical
        ? Levels.Where((_, level) => level != ReferenceLevel).Select(level => Name + level)
        : [Name];
}
