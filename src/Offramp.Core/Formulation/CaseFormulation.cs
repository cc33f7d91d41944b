using Offramp.Core.Common;

namespace Offramp.Core.Formulation;

/// <summary>
/// One revision of the team's case formulation (3N: needs, narratives, networks; push and pull factors; strengths).
/// Never edited: a change is a new revision, so the plan can say which understanding its goals answered.
/// All sections are about the person and sealed together as one JSON document.
/// </summary>
public sealed class CaseFormulation : Entity
{
    public Guid ParticipantId { get; set; }

    public int Revision { get; set; }

    public required byte[] ContentSealed { get; set; }

    public Guid AuthoredByUserId { get; set; }

    /// <summary>Other team members who contributed (team formulation), as user ids.</summary>
    public List<Guid> ContributorUserIds { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The sections of a formulation; each goal of a plan names the section it answers.</summary>
public enum FormulationArea
{
    Needs,
    Narratives,
    Networks,
    PushFactors,
    PullFactors,
    Strengths,
}
