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
    public static readonly IReadOnlySet<OutcomeType> Censoring = new HashSet<OutcomeType> { OutcomeType.Death, OutcomeType.Deportation, OutcomeType.LostToFollowUp };

    /// <summary>
    /// Censoring events after which the adverse outcome can no longer happen (here): competing risks. Kaplan–Meier treats
    /// them as if the person could still reoffend later and so overstates the risk; cumulative incidence does not.
    /// Loss to follow-up is not one: the person may still reoffend, unseen.
    /// </summary>
    public static readonly IReadOnlySet<OutcomeType> Competing = new HashSet<OutcomeType> { OutcomeType.Death, OutcomeType.Deportation };

    public static readonly IReadOnlySet<OutcomeType> Positive = new HashSet<OutcomeType>
    {
        OutcomeType.Employment, OutcomeType.Housing, OutcomeType.Education, OutcomeType.FamilyTies, OutcomeType.CommunityIntegration,
    };

    public static bool IsAdverse(OutcomeType type) => Adverse.Contains(type);

    public static bool IsPositive(OutcomeType type) => Positive.Contains(type);
}
