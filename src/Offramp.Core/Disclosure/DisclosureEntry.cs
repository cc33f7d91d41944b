namespace Offramp.Core.Disclosure;

/// <summary>
/// One line of the disclosure register. Append-only: nothing updates or deletes an entry (no use case, endpoint or
/// command does, and database triggers refuse it). Approvals, corrections and sharing
/// with the team are new entries that refer to the one they concern. A decision not to disclose is an entry too.
/// </summary>
public sealed class DisclosureEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid ParticipantId { get; set; }

    public Guid? ConcernId { get; set; }

    public DisclosureEntryKind Kind { get; set; }

    /// <summary>For approvals, corrections and team shares: the entry this one is about.</summary>
    public Guid? RefersToEntryId { get; set; }

    public string? Threshold { get; set; }

    public string? LegalBasis { get; set; }

    public string? RecipientAgency { get; set; }

    /// <summary>The fields released, comma-separated names of <see cref="DisclosableField"/>.</summary>
    public string? Fields { get; set; }

    /// <summary>The exact content released, frozen at the decision and sealed.</summary>
    public byte[]? ContentSealed { get; set; }

    /// <summary>SHA-256 (hex) of the exact content released, so the copy the agency received can be matched.</summary>
    public string? ContentSha256 { get; set; }

    /// <summary>Why: the decision's rationale, the correction, or the approver's note. Sealed.</summary>
    public byte[]? RationaleSealed { get; set; }

    /// <summary>True when the organisation required a second director's approval at the time of the decision.</summary>
    public bool RequiresApproval { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

public enum DisclosureEntryKind
{
    Disclosure,
    DecisionNotToDisclose,
    Approval,
    Correction,
    TeamShare,
}
