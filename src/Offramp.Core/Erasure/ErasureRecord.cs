namespace Offramp.Core.Erasure;

/// <summary>
/// That a participant's data was erased or anonymised, when, by whom and on what request: never what was erased.
/// Kept, like the audit trail, so the organisation can show it honoured the request.
/// </summary>
public sealed class ErasureRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public Guid ParticipantId { get; set; }

    public ErasureKind Kind { get; set; }

    /// <summary>The request's reference (e.g. "DSR-2026-014") or the retention rule applied.</summary>
    public required string Reference { get; set; }

    public Guid? ErasedByUserId { get; set; }

    public DateTimeOffset ErasedAt { get; set; }
}

public enum ErasureKind
{
    /// <summary>Erasure on the participant's request: identifiers and all free text gone, sessions deleted.</summary>
    Erasure,

    /// <summary>A retention rule removed part of the record.</summary>
    Retention,
}
