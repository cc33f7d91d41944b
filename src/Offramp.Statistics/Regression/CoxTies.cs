namespace Offramp.Statistics.Regression;

/// <summary>How tied event times enter the Cox partial likelihood.</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation: R coxph's default and closer to the exact likelihood.</summary>
    Efron,

    /// <summary>Breslow's approximation: simpler, biased towards 0 when ties are many.</summary>
    Breslow,
}
