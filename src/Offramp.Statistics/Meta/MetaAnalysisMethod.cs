namespace Offramp.Statistics.Meta;

/// <summary>How the between-study variance τ² is estimated (metafor's <c>method</c> argument of <c>rma</c>).</summary>
public enum MetaAnalysisMethod
{
    /// <summary>Restricted maximum likelihood, by Fisher scoring (metafor's default, "REML").</summary>
    Reml,

    /// <summary>DerSimonian–Laird's method-of-moments estimator ("DL").</summary>
    DerSimonianLaird,

    /// <summary>A common (fixed) effect: τ² is 0 by assumption ("EE", formerly "FE").</summary>
    CommonEffect,
}
