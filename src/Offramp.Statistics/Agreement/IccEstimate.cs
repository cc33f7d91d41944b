using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>One row of the ICC table: the estimate, its F test against ICC = 0 and its confidence limits.</summary>
public sealed record IccEstimate
{
    public required IccForm Form { get; init; }

    /// <summary>psych's label: ICC1, ICC2, ICC3, ICC1k, ICC2k or ICC3k.</summary>
    public string Name => Form switch
    {
        IccForm.Icc1k => "ICC1k",
        IccForm.Icc2k => "ICC2k",
        IccForm.Icc3k => "ICC3k",
        _ => Form.ToString().ToUpperInvariant(),
    };

    /// <summary>psych's row name, e.g. Single_raters_absolute.</summary>
    public string Description => Form switch
    {
        IccForm.Icc1 => "Single_raters_absolute",
        IccForm.Icc2 => "Single_random_raters",
        IccForm.Icc3 => "Single_fixed_raters",
        IccForm.Icc1k => "Average_raters_absolute",
        IccForm.Icc2k => "Average_random_raters",
        _ => "Average_fixed_raters",
    };

    public required double Value { get; init; }

    public required double F { get; init; }

    public required double Df1 { get; init; }

    public required double Df2 { get; init; }

    /// <summary>Upper-tail p-value of <see cref="F"/>.</summary>
    public required double PValue { get; init; }

    /// <summary>psych's lower and upper bound.</summary>
    public required ConfidenceInterval Interval { get; init; }
}
