namespace Offramp.Web.Api;

/// <summary>
/// Who an endpoint is for. Every API endpoint declares one; the authorization matrix test reads it from the
/// endpoint list and fails for any endpoint that has none.
/// </summary>
public enum EndpointAudience
{
    /// <summary>Any signed-in user; answers only about the caller (e.g. /me, own tokens).</summary>
    Self,

    /// <summary>Participant content readable by everyone on the case team and the program director.</summary>
    CaseTeam,

    /// <summary>Administrative path of a case: the participant's caseworker or the program director.</summary>
    CaseManager,

    /// <summary>The program director of the participant's program.</summary>
    Director,

    /// <summary>Registering a new referral: caseworkers and directors of the program.</summary>
    ProgramIntake,

    /// <summary>Organisation administration: users, roles, programs, sites.</summary>
    OrganisationAdmin,

    /// <summary>The audit trail.</summary>
    Auditor,

    /// <summary>Any program director, about the programs they direct (e.g. the disclosure register export).</summary>
    AnyDirector,

    /// <summary>
    /// Break-glass requests: program staff of the organisation who cannot see the record get it (read-only, for an hour);
    /// those who already see it are told so (409); other roles, another organisation's or a missing record 404 (so nobody learns whether an id exists).
    /// </summary>
    EmergencyAccess,

    /// <summary>A director's review of something in their program that is not itself a case (e.g. an emergency access); 404 to everyone else.</summary>
    DirectorReview,

    /// <summary>A program's own work of its director (mentor registry, incoming transfers): the director of that program; 404 to everyone else.</summary>
    ProgramDirection,

    /// <summary>Rating an assessment: psychologists and faith counsellors on the case team (mentors, caseworkers where the program allows); 403 to the rest of the case, 404 outside it.</summary>
    AssessmentRater,

    /// <summary>Opening an assessment: the case manager (caseworker or director) or a rater of the case team.</summary>
    AssessmentOpener,

    /// <summary>Recording an assessment's consensus: the director or a rater of the case team.</summary>
    ConsensusChair,

    /// <summary>De-identified statistics of a program: its directors and evaluators; 404 to everyone else.</summary>
    ProgramEvaluation,

    /// <summary>A mentoring agreement: its mentor, the participant's caseworker or the program director.</summary>
    MentorOrCaseManager,

    /// <summary>Assessor certifications: the organisation admin (everyone's) or a program director (their programs' staff); 404 to everyone else.</summary>
    CertificationManager,

    /// <summary>A program's cycles (template, review intervals, follow-up horizons): the organisation admin, or the director of that program; 404 to everyone else.</summary>
    ProgramSettings,

    /// <summary>Role requests awaiting a second person: organisation admins (all of the organisation) and program directors (their programs'); 404 to everyone else.</summary>
    RoleRequests,

    /// <summary>
    /// Deciding a role request: a director of its program, or a second admin where the program has no director; other
    /// admins and directors who see it get 403; everyone else 404.
    /// </summary>
    RoleRequestDecider,

    /// <summary>Withdrawing a role request: the admin who asked; others who see it 403; everyone else 404.</summary>
    RoleRequestRequester,

    /// <summary>An evidence hub's bundles and compare page: everyone signed in at the hub organisation; 404 to everyone else.</summary>
    EvidenceHub,

    /// <summary>Registering publishers and revoking their keys: the hub organisation's admins; 404 to everyone else.</summary>
    EvidenceHubAdmin,
}

public sealed record AudienceMetadata(EndpointAudience Audience);

public static class AudienceExtensions
{
    public static TBuilder For<TBuilder>(this TBuilder builder, EndpointAudience audience)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AudienceMetadata(audience));
}
