using System.Net;

using Offramp.TestSupport;
using Offramp.Web.Api;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// The status an endpoint must answer, computed from its declared audience, the caller and the record:
/// out of scope answers 404 exactly like a record that does not exist; in scope with the wrong role 403 for case
/// actions; administration and audit answer 404 to everyone else. An audience this does not know fails the test.
/// </summary>
public static class ExpectedStatus
{
    public static HttpStatusCode For(ApiEndpoint endpoint, Recipe recipe, Persona caller, RecordKind kind)
    {
        var success = recipe.Success;
        return endpoint.Audience switch
        {
            null => throw new InvalidOperationException($"{endpoint} declares no audience: add .For(EndpointAudience.X) so the authorization matrix has a rule for it."),
            EndpointAudience.Self => recipe.Records == RecordType.Owned && kind != RecordKind.TeamCase ? HttpStatusCode.NotFound : success,
            EndpointAudience.CaseTeam => recipe.Records == RecordType.None || AccessOracle.Sees(kind, caller) ? success : HttpStatusCode.NotFound,
            EndpointAudience.CaseManager => CaseAction(AccessOracle.Sees(kind, caller), AccessOracle.Manages(kind, caller), success),
            EndpointAudience.Director => CaseAction(AccessOracle.Sees(kind, caller), AccessOracle.Directs(kind, caller), success),

            // The program is named in the body: a program the caller may not register in is a field error, the same
            // for a program of another organisation as for one that does not exist.
            EndpointAudience.ProgramIntake => AccessOracle.Registers(kind, caller) ? success : HttpStatusCode.UnprocessableEntity,
            EndpointAudience.OrganisationAdmin =>
                caller == Persona.OrganisationAdmin && (recipe.Records == RecordType.None || kind == RecordKind.TeamCase) ? success : HttpStatusCode.NotFound,
            EndpointAudience.Auditor => caller == Persona.Auditor ? success : HttpStatusCode.NotFound,
            EndpointAudience.AssessmentRater => CaseAction(AccessOracle.Sees(kind, caller), AssessmentOracle.Rates(kind, caller), success),
            EndpointAudience.AssessmentOpener => CaseAction(AccessOracle.Sees(kind, caller), AccessOracle.Manages(kind, caller) || AssessmentOracle.Rates(kind, caller), success),
            EndpointAudience.ConsensusChair => CaseAction(AccessOracle.Sees(kind, caller), AccessOracle.Directs(kind, caller) || AssessmentOracle.Rates(kind, caller), success),
            EndpointAudience.ProgramDirection => AssessmentOracle.DirectsProgram(kind, caller) ? success : HttpStatusCode.NotFound,
            EndpointAudience.MentorOrCaseManager => CaseAction(AccessOracle.Sees(kind, caller), AccessOracle.Manages(kind, caller) || JourneyOracle.MentorsOn(kind, caller), success),
            EndpointAudience.AnyDirector => ProtectionOracle.AnyDirector(caller, success),
            EndpointAudience.EmergencyAccess => ProtectionOracle.EmergencyAccess(kind, caller, success),
            EndpointAudience.DirectorReview => ProtectionOracle.DirectorReview(kind, caller, success),
            // Reading a program's figures and defining its metrics: its evaluators and its director.
            EndpointAudience.ProgramEvaluation => AssessmentOracle.EvaluatesProgram(kind, caller) ? success : HttpStatusCode.NotFound,
            EndpointAudience.CertificationManager => AssessmentOracle.ManagesCertifications(caller, success),
            EndpointAudience.ProgramSettings => (caller == Persona.OrganisationAdmin && kind == RecordKind.TeamCase) || AssessmentOracle.DirectsProgram(kind, caller) ? success : HttpStatusCode.NotFound,
            EndpointAudience.RoleRequests => RoleRequestOracle.List(caller, success),
            EndpointAudience.RoleRequestDecider => RoleRequestOracle.Decider(kind, caller, success),
            EndpointAudience.RoleRequestRequester => RoleRequestOracle.Requester(kind, caller, success),

            // No persona belongs to an evidence hub organisation: to all of them the hub does not exist.
            EndpointAudience.EvidenceHub or EndpointAudience.EvidenceHubAdmin => HttpStatusCode.NotFound,
            { } unknown => throw new InvalidOperationException($"{endpoint} declares audience {unknown}, which the authorization matrix has no rule for: add one to ExpectedStatus."),
        };
    }

    private static HttpStatusCode CaseAction(bool sees, bool allowed, HttpStatusCode success) =>
        !sees ? HttpStatusCode.NotFound : allowed ? success : HttpStatusCode.Forbidden;
}
