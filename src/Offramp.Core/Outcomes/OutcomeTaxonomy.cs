namespace Offramp.Core.Outcomes;

/// <summary>Groups of outcome types that evaluation definitions are built from (e.g. "any reconviction").</summary>
public static class OutcomeTaxonomy
{
    public static readonly IReadOnlySet<OutcomeType> Reconviction = new HashSet<OutcomeType>
    {
        OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent, OutcomeType.ReconvictionOther,
    };

    /// <summary>Events that end or count against success: reoffending in any definition, re-engagement, travel, death.</summary>
    public static readonly IReadOnlySet<OutcomeType> Adverse = new HashSet<OutcomeType>
    {
        OutcomeType.ReArrest, OutcomeType.ReconvictionTerrorism, OutcomeType.ReconvictionOtherViolent, OutcomeType.ReconvictionOther,
        OutcomeType.ReEngagementWithoutConviction, OutcomeType.OffendingInCustody, OutcomeType.TravelToConflictZone,
    };

    /// <summary>Events that end observation without being an adverse outcome: censoring in survival terms.</summary>
    public static readonly IReadOnlySet<OutcomeType> Censoring = new HashSet<OutcomeType> { OutcomeType.Death, OutcomeType.LostToFollowUp };

    public static readonly IReadOnlySet<OutcomeType> Positive = new HashSet<OutcomeType>
    {
        OutcomeType.Employment, OutcomeType.Housing, OutcomeType.Education, OutcomeType.FamilyTies, OutcomeType.CommunityIntegration,
    };

    public static bool IsAdverse(OutcomeType type) => Adverse.Contains(type);

    public static bool IsPositive(OutcomeType type) => Positive.Contains(type);
}
