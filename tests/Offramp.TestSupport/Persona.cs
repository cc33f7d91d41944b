namespace Offramp.TestSupport;

/// <summary>The accounts of a <see cref="TestWorld"/>: one per role of DOMAIN.md, two caseworkers, and a director of another organisation.</summary>
public enum Persona
{
    /// <summary>Caseworker in the main program; registers the shared participants and so sits on their case teams.</summary>
    CaseworkerA,

    /// <summary>Caseworker in the main and the second program, with a caseload of their own.</summary>
    CaseworkerB,

    Mentor,
    Psychologist,
    FaithCounsellor,

    /// <summary>Program director of the main program only.</summary>
    Director,

    Evaluator,
    OrganisationAdmin,
    Auditor,

    /// <summary>Program director in a different organisation: nothing of the main organisation is theirs.</summary>
    OtherOrganisationDirector,
}

/// <summary>A signed-up account: TOTP enabled, a read-write and a read-only personal access token.</summary>
public sealed record PersonaAccount(
    Persona Persona,
    Guid UserId,
    string Email,
    string TotpSecret,
    string WriteToken,
    Guid WriteTokenId,
    string ReadToken,
    Guid ReadTokenId);
