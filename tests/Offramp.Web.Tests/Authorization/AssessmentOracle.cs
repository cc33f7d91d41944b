using System.Net;

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

    /// <summary>
    /// Certifications: the admin manages the organisation's, the main program's director its staff (the psychologist
    /// of the recipe among them). Another organisation's director manages only their own staff: their list answers,
    /// and naming our psychologist is a field error, as for a user that does not exist.
    /// </summary>
    public static HttpStatusCode ManagesCertifications(Persona persona, HttpStatusCode success) => persona switch
    {
        Persona.OrganisationAdmin or Persona.Director => success,
        Persona.OtherOrganisationDirector => success == HttpStatusCode.Created ? HttpStatusCode.UnprocessableEntity : success,
        _ => HttpStatusCode.NotFound,
    };

    /// <summary>Directors and evaluators of a program read its de-identified statistics.</summary>
    public static bool EvaluatesProgram(RecordKind kind, Persona persona) =>
        DirectsProgram(kind, persona) || (kind == RecordKind.TeamCase && persona is Persona.Evaluator);
}
