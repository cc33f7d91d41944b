using Offramp.Core.Common;
using Offramp.Core.Evaluation.Metrics;

namespace Offramp.Core.Evaluation.Reports;

/// <summary>
/// A program's evaluation: aggregates only, never a participant. Every section states its n, what was left out and
/// why, and the small-number warnings in words, so a reader can tell a finding from noise.
/// </summary>
public sealed record EvaluationReport(
    string ProgramName,
    DateOnly AsOf,
    Phrase CohortDescription,
    int CohortSize,
    int ExcludedWithoutConsent,
    Phrase? ComparisonDescription,
    IReadOnlyList<MetricResult> Metrics,
    IReadOnlyList<Phrase> Warnings);

/// <summary>One metric's figures.</summary>
/// <param name="Metric">The definition, with its wording.</param>
/// <param name="Included">Participants the metric could be computed for.</param>
/// <param name="NotApplicable">Cohort members it could not (e.g. not yet released), with the reason in <paramref name="NotApplicableReason"/>.</param>
/// <param name="NotApplicableReason">Why they are left out, in words.</param>
/// <param name="Survival">Time to the first counted event with 95% CIs (adverse-outcome metrics only).</param>
/// <param name="Rate">Success at the horizon among those followed long enough, with a Wilson interval.</param>
/// <param name="ByGender">The same rate per gender.</param>
/// <param name="Comparison">The comparison cohort's figures and the tests, when a comparison was asked for.</param>
/// <param name="Change">Pre/post change (assessment metrics only).</param>
/// <param name="Warnings">Small numbers and other cautions, in words.</param>
/// <param name="Methods">Adjusted hazard ratio, cumulative incidence and weighted comparison where the data supports them (adverse-outcome metrics only).</param>
/// <param name="ByCode">The same rate per option of a coded-profile field, when the report asks for a breakdown.</param>
public sealed record MetricResult(
    MetricView Metric,
    int Included,
    int NotApplicable,
    Phrase? NotApplicableReason,
    SurvivalSummary? Survival,
    RateEstimate? Rate,
    IReadOnlyList<RateEstimate> ByGender,
    GroupComparison? Comparison,
    ChangeSummary? Change,
    IReadOnlyList<Phrase> Warnings,
    Methods.EvaluationMethods? Methods = null,
    CodedBreakdown? ByCode = null);

/// <summary>
/// A rate per option of a coded-profile field ("movement"), then "Not coded". On a field that takes several options a
/// participant counts under each option they were coded with, so the rows need not add up to the whole.
/// </summary>
public sealed record CodedBreakdown(string Field, string Label, bool OverlappingOptions, IReadOnlyList<RateEstimate> Rates);

/// <summary>A proportion with its 95% Wilson interval (null where nobody is resolved: JSON has no NaN); <see cref="Unresolved"/> were not yet followed to the horizon.</summary>
public sealed record RateEstimate(string Label, long Successes, int N, double? Proportion, double? Lower, double? Upper, int Unresolved, IReadOnlyList<Phrase> Warnings);

/// <summary>Kaplan–Meier curves (overall, then one per comparison group) with log-transformed 95% CIs, as R's survfit.</summary>
public sealed record SurvivalSummary(IReadOnlyList<SurvivalCurveView> Curves, double HorizonMonths);

public sealed record SurvivalCurveView(
    string Label,
    int N,
    int Events,
    double[] Months,
    double[] Survival,
    double?[] Lower,
    double?[] Upper,
    double? MedianMonths,
    double? SurvivalAtHorizon,
    double? LowerAtHorizon,
    double? UpperAtHorizon,
    IReadOnlyList<Phrase> Warnings);

/// <summary>
/// The comparison: rates per group, the 2×2 tests (chi-square, Fisher), effect sizes (odds ratio with Woolf interval,
/// risk difference, phi), Mantel–Haenszel pooled over gender, and the log-rank test on the survival curves.
/// </summary>
public sealed record GroupComparison(
    Phrase Description,
    IReadOnlyList<RateEstimate> Rates,
    double? ChiSquare,
    double? ChiSquarePValue,
    double? FisherPValue,
    double? OddsRatio,
    double? OddsRatioLower,
    double? OddsRatioUpper,
    double? RiskDifference,
    double? RiskDifferenceLower,
    double? RiskDifferenceUpper,
    double? Phi,
    double? GenderPooledOddsRatio,
    double? GenderPooledPValue,
    double? LogRankChiSquare,
    double? LogRankPValue,
    IReadOnlyList<Phrase> Warnings);

/// <summary>Paired change between baseline and review: mean scores, paired t-test, Wilcoxon signed-rank, Cohen's d_z, share improved.</summary>
public sealed record ChangeSummary(
    Phrase Measure,
    int Pairs,
    double MeanBefore,
    double MeanAfter,
    double MeanDifference,
    double? DifferenceLower,
    double? DifferenceUpper,
    double? TTestPValue,
    double? WilcoxonPValue,
    double? CohensDz,
    RateEstimate Improved,
    IReadOnlyList<Phrase> Warnings,
    ChangeComparison? Comparison = null);

/// <summary>
/// The program's change against a repeated-measures comparison group: ANCOVA (follow-up on baseline and group; the
/// program's difference at equal baseline) and Welch's test on change scores (program minus comparison), each with its
/// 95% CI and p. Null figures could not be estimated; <see cref="Warnings"/> says why.
/// </summary>
public sealed record ChangeComparison(
    string ComparisonLabel,
    int ProgramPairs,
    int ComparisonPairs,
    double? ComparisonMeanBefore,
    double? ComparisonMeanAfter,
    double? AncovaEstimate,
    double? AncovaStandardError,
    double? AncovaLower,
    double? AncovaUpper,
    double? AncovaPValue,
    double? WelchDifference,
    double? WelchLower,
    double? WelchUpper,
    double? WelchPValue,
    IReadOnlyList<Phrase> Warnings);
