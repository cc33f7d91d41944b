namespace Offramp.Statistics.Agreement;

/// <summary>How often the raters gave exactly the same rating, with no correction for chance.</summary>
public sealed record PercentAgreementResult
{
    /// <summary>Subjects on whom every rater gave the same level.</summary>
    public required int SubjectsInAgreement { get; init; }

    /// <summary>Subjects every rater rated on the scale.</summary>
    public required int SubjectCount { get; init; }

    public required int RaterCount { get; init; }

    /// <summary>SubjectsInAgreement / SubjectCount as a percentage (NaN with no subject).</summary>
    public double Percent => 100.0 * SubjectsInAgreement / SubjectCount;

    public required IReadOnlyList<string> Warnings { get; init; }
}