using Offramp.Core.Common;

namespace Offramp.Core.Evaluation.Reports.Methods;

/// <summary>
/// The figures beyond rates and curves that an adverse-outcome metric gets where the data supports them; where it does
/// not, <see cref="Notes"/> says why in words (a missing figure is never silent).
/// </summary>
/// <param name="HazardRatio">Cox hazard ratio of the two groups, adjusted for what is recorded (gender, age band).</param>
/// <param name="CumulativeIncidence">Risk of the outcome by the horizon when death or deportation can come first.</param>
/// <param name="Weighted">Propensity-weighted comparison, shown when the groups differ on the recorded covariates.</param>
/// <param name="Notes">What could not be estimated or was not needed, and why.</param>
public sealed record EvaluationMethods(
    AdjustedHazardRatio? HazardRatio,
    CompetingIncidence? CumulativeIncidence,
    WeightedGroupComparison? Weighted,
    IReadOnlyList<Phrase> Notes);

/// <summary>Hazard ratio of <see cref="Group"/> against <see cref="Reference"/> from a Cox model (Efron ties, as R's coxph).</summary>
/// <param name="AdjustedFor">Covariates in the model besides the group; empty when none could be used.</param>
public sealed record AdjustedHazardRatio(
    string Group,
    string Reference,
    IReadOnlyList<string> AdjustedFor,
    int N,
    int Events,
    double HazardRatio,
    double? Lower,
    double? Upper,
    double? PValue,
    IReadOnlyList<Phrase> Warnings);

/// <summary>Aalen–Johansen cumulative incidence at the horizon per group and cause (as cmprsk's cuminc), and Gray's test for the counted outcome.</summary>
public sealed record CompetingIncidence(
    double HorizonMonths,
    IReadOnlyList<IncidenceAtHorizon> Rows,
    double? GrayChiSquare,
    double? GrayPValue,
    IReadOnlyList<Phrase> Warnings);

/// <summary>Probability of <see cref="Cause"/> by the horizon with its 95% interval; null beyond the group's follow-up or where it is 0.</summary>
public sealed record IncidenceAtHorizon(string Group, string Cause, int N, int Events, double? Estimate, double? Lower, double? Upper);

/// <summary>
/// Stabilised inverse-probability weights (ATE, truncated at the 1st and 99th percentiles) from a logistic model of
/// group membership on the recorded covariates; the balance table, and the weighted hazard ratio with a robust interval.
/// </summary>
public sealed record WeightedGroupComparison(
    string Group,
    string Reference,
    IReadOnlyList<BalanceRow> Balance,
    double HazardRatio,
    double? Lower,
    double? Upper,
    double? PValue,
    double EffectiveSizeGroup,
    double EffectiveSizeReference,
    int WeightsTruncated,
    IReadOnlyList<Phrase> Warnings);

/// <summary>Standardised mean difference of one model column before and after weighting (|d| under 0.1 counts as balanced).</summary>
public sealed record BalanceRow(string Covariate, double? DifferenceBefore, double? DifferenceAfter);
