using Offramp.Core.Common;

namespace Offramp.Core.Justice;

/// <summary>A dated event of the justice path. Later schedules (follow-ups, reviews) anchor on these dates.</summary>
public sealed class JusticeEvent : Entity
{
    public Guid ParticipantId { get; set; }

    public JusticeEventKind Kind { get; set; }

    public DateOnly OccurredOn { get; set; }

    /// <summary>Sentence length, required for <see cref="JusticeEventKind.Sentence"/>.</summary>
    public int? SentenceMonths { get; set; }

    /// <summary>Court, case number or agency: procedural, not personal.</summary>
    public string? Reference { get; set; }

    public Guid RecordedByUserId { get; set; }
}

public enum JusticeEventKind
{
    Arrest,
    Charge,
    Sentence,
    CustodyStart,
    ExpectedRelease,
    ActualRelease,
    LicenceStart,
    LicenceEnd,
    AlternativeToProsecutionAgreement,
    ReturnFromConflictZone,
}
