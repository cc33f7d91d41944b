namespace Offramp.Statistics.Regression;

/// <summary>
/// Harrell's concordance of a Cox model's risk score with the observed times, as R coxph's
/// fit$concordance: pair counts, the concordance and its infinitesimal-jackknife standard error.
/// </summary>
/// <param name="Concordant">Weighted comparable pairs where the higher risk score failed first.</param>
/// <param name="Discordant">Weighted comparable pairs where it failed later.</param>
/// <param name="TiedRisk">Comparable pairs with equal risk scores (tied.x).</param>
/// <param name="TiedTime">Pairs of events at the same time, risk scores differing (tied.y).</param>
/// <param name="TiedBoth">Pairs of events at the same time with equal risk scores (tied.xy).</param>
/// <param name="Estimate">(concordant + tied.x / 2) / (concordant + discordant + tied.x).</param>
/// <param name="StandardError">Standard error of <paramref name="Estimate"/> (robust to clusters when given).</param>
public sealed record ConcordanceResult(
    double Concordant,
    double Discordant,
    double TiedRisk,
    double TiedTime,
    double TiedBoth,
    double Estimate,
    double StandardError);
