using Offramp.Core.Common;

namespace Offramp.Core.Consent;

/// <summary>Voluntary informed consent. A withdrawal is recorded on the same record so its scope stays visible.</summary>
public sealed class ConsentRecord : Entity
{
    public Guid ParticipantId { get; set; }

    public DateOnly GivenOn { get; set; }

    public required string FormVersion { get; set; }

    public bool CoversParticipation { get; set; }

    public bool CoversFamilyContact { get; set; }

    public bool CoversEvaluation { get; set; }

    /// <summary>Required when the participant is a minor on <see cref="GivenOn"/>.</summary>
    public string? GuardianName { get; set; }

    public bool GuardianConsented { get; set; }

    public DateOnly? WithdrawnOn { get; set; }

    public string? WithdrawalReason { get; set; }

    public Guid RecordedByUserId { get; set; }

    public bool IsActive => WithdrawnOn is null;
}
