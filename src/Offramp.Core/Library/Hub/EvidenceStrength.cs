using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// How much a program's published evidence can bear, from its design alone, in the spirit of the What Works toolkit's
/// "Effect" strength and CrimeSolutions' evidence ratings: the more participants, the longer the follow-up, the fewer
/// figures withheld and the presence of a comparison, the stronger. It rates the evidence, not the program: a strong
/// rating can show no effect. Programs compare completers with early leavers, which selection alone can explain,
/// so no level here claims a causal effect.
/// </summary>
public enum EvidenceStrengthLevel
{
    /// <summary>No evidence bundle published to this hub.</summary>
    None = 0,

    /// <summary>Outcomes published, but too few participants, too short a follow-up or most figures withheld to lean on.</summary>
    Limited = 1,

    /// <summary>Outcome rates with intervals, at least 50 participants followed for at least 12 months.</summary>
    Outcomes = 2,

    /// <summary>As Outcomes with at least 100 participants, and a published comparison (risk difference or adjusted hazard ratio).</summary>
    Comparison = 3,
}

public sealed record EvidenceStrength(EvidenceStrengthLevel Level, IReadOnlyList<string> Reasons)
{
    public const int OutcomesMinimum = 50;
    public const int ComparisonMinimum = 100;
    public const int FollowUpMonthsMinimum = 12;

    public static EvidenceStrength NotPublished { get; } = new(EvidenceStrengthLevel.None, ["No evidence bundle from this program has reached the hub."]);

    public static EvidenceStrength Of(EvidenceBundle bundle)
    {
        var participants = bundle.Participants.Value;
        var rates = bundle.Metrics.Where(m => m.Kind != "assessment-change").ToList();
        var published = rates.Where(m => m.Overall.Estimate is not null).ToList();
        var followUp = published.Count == 0 ? 0 : published.Max(m => m.HorizonMonths);
        var comparisons = published.Count(m => m.Comparison?.RiskDifference is not null || m.Comparison?.HazardRatio is not null);
        var withheld = rates.Count - published.Count;
        var reasons = new List<string>
        {
            participants is { } n ? $"{n:N0} participants (rounded)." : "The number of participants is withheld.",
            published.Count == 0 ? "No outcome rate is published." : $"Outcomes followed up to {followUp} months.",
            comparisons > 0
                ? $"{comparisons} outcome{(comparisons == 1 ? "" : "s")} compared between completers and early leavers (not randomised: selection can explain a difference)."
                : "No comparison is published.",
            $"Design as stated: {bundle.Program.EvaluationDesign}",
        };
        if (withheld > 0)
        {
            reasons.Add($"{withheld} of {rates.Count} outcome rates withheld by disclosure control.");
        }

        var usable = participants >= OutcomesMinimum && followUp >= FollowUpMonthsMinimum && published.Count > 0 && withheld * 2 <= rates.Count;
        var level = !usable ? EvidenceStrengthLevel.Limited
            : participants >= ComparisonMinimum && comparisons > 0 ? EvidenceStrengthLevel.Comparison
            : EvidenceStrengthLevel.Outcomes;
        return new EvidenceStrength(level, reasons);
    }
}
