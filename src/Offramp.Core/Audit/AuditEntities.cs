namespace Offramp.Core.Audit;

/// <summary>
/// Every kind of thing an audit event can be about, in one place: call sites name one of these, never a string, so two
/// features can no longer record the same thing under two names (mentor matching once wrote "team-member" where the
/// case team wrote "case-team-member"). The names are stored as they are; renaming one splits the trail.
/// </summary>
public static class AuditEntities
{
    public static readonly AuditEntity AccessToken = new("access-token");

    public static readonly AuditEntity AgreementReview = new("agreement-review");

    public static readonly AuditEntity Assessment = new("assessment");

    public static readonly AuditEntity AssessmentAgreement = new("assessment-agreement");

    public static readonly AuditEntity AssessmentAlert = new("assessment-alert");

    public static readonly AuditEntity AssessmentComparison = new("assessment-comparison");

    public static readonly AuditEntity AssessmentObservation = new("assessment-observation");

    public static readonly AuditEntity AssessmentRating = new("assessment-rating");

    public static readonly AuditEntity AssessmentSettings = new("assessment-settings");

    public static readonly AuditEntity AssessmentTrajectory = new("assessment-trajectory");

    public static readonly AuditEntity AssessorCertification = new("assessor-certification");

    public static readonly AuditEntity BreakGlass = new("break-glass");

    public static readonly AuditEntity CaseTeamMember = new("case-team-member");

    public static readonly AuditEntity Caseload = new("caseload");

    public static readonly AuditEntity Codebook = new("codebook");

    public static readonly AuditEntity CodedProfile = new("coded-profile");

    public static readonly AuditEntity ComparisonGroup = new("comparison-group");

    public static readonly AuditEntity Concern = new("concern");

    public static readonly AuditEntity Consent = new("consent");

    public static readonly AuditEntity Disclosure = new("disclosure");

    public static readonly AuditEntity DisclosurePolicy = new("disclosure-policy");

    public static readonly AuditEntity DisclosureRegister = new("disclosure-register");

    public static readonly AuditEntity EvidenceRelease = new("evidence-release");

    public static readonly AuditEntity HubBundle = new("hub-bundle");

    public static readonly AuditEntity HubPublisher = new("hub-publisher");

    public static readonly AuditEntity LibraryRelease = new("library-release");

    public static readonly AuditEntity HubLibraryItem = new("hub-library-item");

    public static readonly AuditEntity EvaluationMetric = new("evaluation-metric");

    public static readonly AuditEntity FollowUp = new("follow-up");

    public static readonly AuditEntity FollowUpSchedule = new("follow-up-schedule");

    public static readonly AuditEntity Formulation = new("formulation");

    public static readonly AuditEntity Instrument = new("instrument");

    public static readonly AuditEntity JusticeEvent = new("justice-event");

    public static readonly AuditEntity Key = new("key");

    public static readonly AuditEntity LegalHold = new("legal-hold");

    public static readonly AuditEntity Mentor = new("mentor");

    public static readonly AuditEntity MentoringAgreement = new("mentoring-agreement");

    public static readonly AuditEntity NetworkTie = new("network-tie");

    public static readonly AuditEntity Organisation = new("organisation");

    public static readonly AuditEntity Outcome = new("outcome");

    public static readonly AuditEntity Participant = new("participant");

    public static readonly AuditEntity Plan = new("plan");

    public static readonly AuditEntity PlanProposal = new("plan-proposal");

    public static readonly AuditEntity PlanReview = new("plan-review");

    public static readonly AuditEntity Program = new("program");

    public static readonly AuditEntity ProgramSettings = new("program-settings");

    public static readonly AuditEntity ProgramTemplate = new("program-template");

    public static readonly AuditEntity Referral = new("referral");

    public static readonly AuditEntity RetentionRule = new("retention-rule");

    public static readonly AuditEntity RoleAssignment = new("role-assignment");

    public static readonly AuditEntity RoleRequest = new("role-request");

    public static readonly AuditEntity Session = new("session");

    public static readonly AuditEntity Site = new("site");

    public static readonly AuditEntity SubjectAccess = new("subject-access");

    public static readonly AuditEntity CaseTask = new("task");

    public static readonly AuditEntity Transfer = new("transfer");

    public static readonly AuditEntity TransferPackage = new("transfer-package");

    public static readonly AuditEntity TransitionPlan = new("transition-plan");

    public static readonly AuditEntity User = new("user");

    public static readonly AuditEntity Worklist = new("worklist");
}
