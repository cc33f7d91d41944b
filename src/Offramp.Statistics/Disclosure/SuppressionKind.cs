namespace Offramp.Statistics.Disclosure;

/// <summary>Why a proposed count is withheld.</summary>
public enum SuppressionKind
{
    /// <summary>The count itself is below the threshold (zero included).</summary>
    Primary,

    /// <summary>
    /// The count is large enough, but publishing it would let a small count be recomputed from totals, margins, other
    /// breakdowns or earlier releases.
    /// </summary>
    Secondary,
}
