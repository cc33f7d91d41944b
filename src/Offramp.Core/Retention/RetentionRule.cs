using Offramp.Core.Common;

namespace Offramp.Core.Retention;

/// <summary>
/// "Remove <see cref="RecordType"/> <see cref="YearsAfterClosure"/> years after a case in <see cref="ProgramId"/> closed",
/// unless a legal hold applies. Removal anonymises: identifiers and free text go, coded data stays for evaluation.
/// </summary>
public sealed class RetentionRule : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public RetainedRecord RecordType { get; set; }

    public int YearsAfterClosure { get; set; }
}

/// <summary>The kinds of data a retention rule can remove.</summary>
public enum RetainedRecord
{
    /// <summary>Names, aliases, date of birth, national ID, contacts, address, and their search indexes.</summary>
    Identifiers,

    /// <summary>Session notes and the free-text names of other attendees.</summary>
    SessionNotes,

    /// <summary>Referral reasons, screening reasons, consent withdrawal reasons and guardian names.</summary>
    ReferralAndConsentText,

    /// <summary>Concerns' observations and emergency-access reasons.</summary>
    SafeguardingText,

    /// <summary>All of the above: the record becomes anonymous coded data.</summary>
    Everything,
}
