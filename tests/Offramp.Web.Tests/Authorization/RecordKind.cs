using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>Which record a matrix request targets. What it means depends on the endpoint's <see cref="RecordType"/>.</summary>
public enum RecordKind
{
    /// <summary>The endpoint targets no record.</summary>
    None,

    /// <summary>Caseworker A's participant (team: A, mentor, psychologist, faith counsellor); the caller's own token or task; an entity of the main organisation.</summary>
    TeamCase,

    /// <summary>Caseworker B's participant in the same program; a colleague's token or task.</summary>
    OtherCaseload,

    /// <summary>A participant, token, task, user, role or program of the other organisation (for its director: of the main one).</summary>
    OtherOrganisation,

    /// <summary>A random id that exists nowhere.</summary>
    Nonexistent,
}

/// <summary>What kind of record an endpoint's route (or, for intake, its body) points at.</summary>
public enum RecordType
{
    None,
    Participant,
    IntakeProgram,

    /// <summary>Something that belongs to one user: a token, a task assigned to them.</summary>
    Owned,
    AdminUser,
    AdminAssignment,
    AdminProgram,

    /// <summary>A program named in the route: TeamCase = the main program, OtherCaseload = the second, OtherOrganisation = the other organisation's.</summary>
    Program,

    /// <summary>An instrument version (draft) of the main or the other organisation.</summary>
    AdminInstrument,

    /// <summary>A pending role request: TeamCase = in the main program, asked for by the admin; OtherOrganisation = in the other organisation's program.</summary>
    RoleRequest,
}

/// <summary>
/// The access rules of the issue, written down independently of the app: who sees, manages and directs which case,
/// and who may register referrals where. The matrix compares the app against this.
/// </summary>
public static class AccessOracle
{
    public static IReadOnlyList<RecordKind> KindsFor(RecordType type) => type switch
    {
        RecordType.None => [RecordKind.None],
        RecordType.Participant or RecordType.IntakeProgram or RecordType.Owned or RecordType.Program =>
            [RecordKind.TeamCase, RecordKind.OtherCaseload, RecordKind.OtherOrganisation, RecordKind.Nonexistent],
        _ => [RecordKind.TeamCase, RecordKind.OtherOrganisation, RecordKind.Nonexistent],
    };

    /// <summary>Case team members see their cases; the director sees every case of the program; nobody sees across organisations.</summary>
    public static bool Sees(RecordKind kind, Persona persona) => kind switch
    {
        RecordKind.TeamCase => persona is Persona.CaseworkerA or Persona.Mentor or Persona.Psychologist or Persona.FaithCounsellor or Persona.Director,
        RecordKind.OtherCaseload => persona is Persona.CaseworkerB or Persona.Director,
        RecordKind.OtherOrganisation => persona is Persona.OtherOrganisationDirector,
        _ => false,
    };

    /// <summary>The administrative path of a case: its caseworker or the program director.</summary>
    public static bool Manages(RecordKind kind, Persona persona) => kind switch
    {
        RecordKind.TeamCase => persona is Persona.CaseworkerA or Persona.Director,
        RecordKind.OtherCaseload => persona is Persona.CaseworkerB or Persona.Director,
        RecordKind.OtherOrganisation => persona is Persona.OtherOrganisationDirector,
        _ => false,
    };

    public static bool Directs(RecordKind kind, Persona persona) => kind switch
    {
        RecordKind.TeamCase or RecordKind.OtherCaseload => persona is Persona.Director,
        RecordKind.OtherOrganisation => persona is Persona.OtherOrganisationDirector,
        _ => false,
    };

    /// <summary>
    /// Intake targets a program: TeamCase = the main program (caseworkers A and B, director), OtherCaseload = the second
    /// program (caseworker B only), OtherOrganisation = the other organisation's program (its director).
    /// </summary>
    public static bool Registers(RecordKind kind, Persona persona) => kind switch
    {
        RecordKind.TeamCase => persona is Persona.CaseworkerA or Persona.CaseworkerB or Persona.Director,
        RecordKind.OtherCaseload => persona is Persona.CaseworkerB,
        RecordKind.OtherOrganisation => persona is Persona.OtherOrganisationDirector,
        _ => false,
    };
}
