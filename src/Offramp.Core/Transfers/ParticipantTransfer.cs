using Offramp.Core.Common;

namespace Offramp.Core.Transfers;

/// <summary>
/// A handover of a participant to another program of the same organisation, or to another organisation that runs
/// Offramp in the same deployment. The package holds only the sections the participant consented to share, sealed;
/// the receiving director accepts or declines; both sides' actions are audited.
/// </summary>
public sealed class ParticipantTransfer : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid SourceOrganisationId { get; set; }

    public Guid SourceProgramId { get; set; }

    public Guid TargetOrganisationId { get; set; }

    public Guid TargetProgramId { get; set; }

    public bool WithinOrganisation => SourceOrganisationId == TargetOrganisationId;

    public SharedSections Shared { get; set; }

    /// <summary>The package as JSON, sealed to this transfer.</summary>
    public required byte[] PackageSealed { get; set; }

    public DateOnly ConsentedOn { get; set; }

    public TransferStatus Status { get; set; } = TransferStatus.Proposed;

    public Guid ProposedByUserId { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>For a transfer to another organisation: the new record created on acceptance.</summary>
    public Guid? ReceivedParticipantId { get; set; }
}

/// <summary>What the participant agreed may travel with them.</summary>
[Flags]
public enum SharedSections
{
    None = 0,
    Identity = 1,
    Formulation = 2,
    Plan = 4,
    Outcomes = 8,
}

public enum TransferStatus
{
    Proposed,
    Accepted,
    Declined,
    Withdrawn,
}
