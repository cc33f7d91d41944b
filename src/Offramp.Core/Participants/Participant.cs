using Offramp.Core.Common;
using Offramp.Core.Stages;

namespace Offramp.Core.Participants;

/// <summary>
/// One person on an off-ramp. Everyone sees the pseudonymous <see cref="Code"/>; the identifiers are
/// sealed per field (see <see cref="Security.FieldCipher"/>) and only searchable by exact match through blind indexes.
/// </summary>
public sealed class Participant : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public Guid? SiteId { get; set; }

    /// <summary>Random, meaningless and unique: safe to say aloud in a team meeting.</summary>
    public required string Code { get; set; }

    public Stage Stage { get; set; } = Stage.Referred;

    // Identifiers, each sealed on its own so a leak of one column reveals nothing about the others.
    public byte[]? GivenNameSealed { get; set; }

    public byte[]? FamilyNameSealed { get; set; }

    public byte[]? AliasesSealed { get; set; }

    public byte[]? DateOfBirthSealed { get; set; }

    public byte[]? NationalIdSealed { get; set; }

    public byte[]? ContactsSealed { get; set; }

    public byte[]? AddressSealed { get; set; }

    // Demographics are coded, not identifying on their own, and kept in clear for evaluation.
    public Gender Gender { get; set; } = Gender.NotRecorded;

    public int? YearOfBirth { get; set; }

    public string? Nationality { get; set; }

    public string? Languages { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedByUserId { get; set; }

    /// <summary>Set while consent is withdrawn: blocks new case data (except what law requires).</summary>
    public bool ConsentWithdrawn { get; set; }

    /// <summary>True only while a valid consent covers use of the data in evaluation.</summary>
    public bool EvaluationConsent { get; set; }
}
