namespace Offramp.Statistics.Agreement;

/// <summary>
/// The six intraclass correlations of Shrout and Fleiss (1979), named as R's psych::ICC names them.
/// "Single" forms describe the reliability of one rater's score, "k" forms of the mean of k raters.
/// </summary>
public enum IccForm
{
    /// <summary>ICC1, one-way random: each subject may be rated by different raters; absolute agreement.</summary>
    Icc1,

    /// <summary>ICC2, two-way random: the raters are a sample of possible raters; absolute agreement.</summary>
    Icc2,

    /// <summary>ICC3, two-way mixed: these raters only; consistency (a rater's constant offset is ignored).</summary>
    Icc3,

    /// <summary>ICC1k: ICC1 for the mean of k raters.</summary>
    Icc1k,

    /// <summary>ICC2k: ICC2 for the mean of k raters.</summary>
    Icc2k,

    /// <summary>ICC3k: ICC3 for the mean of k raters.</summary>
    Icc3k,
}
