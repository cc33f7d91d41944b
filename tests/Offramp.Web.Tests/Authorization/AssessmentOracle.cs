using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Issue #4's access rules, written independently of the app: on the team case the psychologist and the faith counsellor
/// rate (the program allows no mentors or caseworkers in the matrix world); programs are directed and evaluated per program.
/// </summary>
public static class AssessmentOracle
{
    public static bool Rates(RecordKind kind, Persona persona) =>
        kind == RecordKind.TeamCase && persona is Persona.Psychologist or Persona.FaithCounsellor;

    /// <summary>The main program's director directs it; nobody of the personas directs the second program.</summary>
    public static bool DirectsProgram(RecordKind kind, Persona persona) => kind switch
    {
        RecordKind.TeamCase => persona is Persona.Director,
        RecordKind.OtherOrganisation => persona is Persona.OtherOrganisationDirector,
        _ => false,
    };

    /// <summary>Directors and evaluators of a program read its de-identified statistics.</summary>
    public static bool EvaluatesProgram(RecordKind kind, Persona persona) =>
        DirectsProgram(kind, persona) || (kind == RecordKind.TeamCase && persona is Persona.Evaluator);
}
