namespace Offramp.Core.Audit;

/// <summary>
/// Every audit action, in one place and typed: call sites name one of these, never a string. Actions an auditor must
/// not miss (disclosure, emergency access, refused self-grants) are spelled in capitals on purpose.
/// </summary>
public static class AuditActions
{
    // Case work and accounts
    public static readonly AuditAction Read = new("read");
    public static readonly AuditAction RestrictedNoteRead = new("restricted-note-read");
    public static readonly AuditAction Create = new("create");
    public static readonly AuditAction Update = new("update");
    public static readonly AuditAction Delete = new("delete");
    public static readonly AuditAction Search = new("search");
    public static readonly AuditAction StageChange = new("stage-change");
    public static readonly AuditAction ConsentWithdraw = new("consent-withdraw");
    public static readonly AuditAction Screening = new("screening");
    public static readonly AuditAction SignIn = new("sign-in");
    public static readonly AuditAction SignInFailed = new("sign-in-failed");
    public static readonly AuditAction MfaEnrolled = new("mfa-enrolled");
    public static readonly AuditAction TokenCreated = new("token-created");
    public static readonly AuditAction TokenRevoked = new("token-revoked");
    public static readonly AuditAction Seed = new("demo-seed");
    public static readonly AuditAction RoleGranted = new("role-granted");
    public static readonly AuditAction RoleRevoked = new("role-revoked");

    // Signing in and out
    public static readonly AuditAction SignOut = new("sign-out");
    /// <summary>Five failed sign-ins in a row on one account: someone may be guessing. Shown to admins until the next success.</summary>
    public static readonly AuditAction SignInFlagged = new("sign-in-flagged");
    /// <summary>Wrong authenticator codes after a right password: the account's code checks are spaced out.</summary>
    public static readonly AuditAction SignInSlowed = new("sign-in-slowed");

    // Separation of duties: each person's part is its own event
    public static readonly AuditAction RoleRequested = new("role-requested");
    public static readonly AuditAction RoleRequestApproved = new("ROLE-REQUEST-APPROVED");
    public static readonly AuditAction RoleRequestDeclined = new("role-request-declined");
    public static readonly AuditAction RoleRequestWithdrawn = new("role-request-withdrawn");
    public static readonly AuditAction RoleSelfGrantRefused = new("ROLE-SELF-GRANT-REFUSED");

    // Confidentiality, disclosure and data protection
    public static readonly AuditAction ConcernRaised = new("concern-raised");
    public static readonly AuditAction StepUp = new("step-up");
    public static readonly AuditAction StepUpFailed = new("step-up-failed");
    public static readonly AuditAction StepUpLocked = new("STEP-UP-LOCKED");
    public static readonly AuditAction DisclosurePreview = new("disclosure-preview");
    public static readonly AuditAction Disclosure = new("DISCLOSURE");
    public static readonly AuditAction DisclosureDeclined = new("disclosure-declined");
    public static readonly AuditAction DisclosureApproved = new("DISCLOSURE-APPROVED");
    public static readonly AuditAction DisclosureCorrected = new("disclosure-corrected");
    public static readonly AuditAction DisclosureShared = new("disclosure-shared-with-team");
    public static readonly AuditAction BreakGlassGranted = new("BREAK-GLASS-GRANTED");
    public static readonly AuditAction BreakGlassRead = new("BREAK-GLASS-READ");
    public static readonly AuditAction BreakGlassReviewed = new("break-glass-reviewed");
    public static readonly AuditAction SubjectAccessRequested = new("subject-access-requested");
    public static readonly AuditAction SubjectAccessApproved = new("subject-access-approved");
    public static readonly AuditAction SubjectAccessExport = new("subject-access-export");
    public static readonly AuditAction LegalHoldPlaced = new("legal-hold-placed");
    public static readonly AuditAction LegalHoldLifted = new("legal-hold-lifted");
    public static readonly AuditAction Erasure = new("erasure");
    public static readonly AuditAction ErasureRefused = new("erasure-refused");
    public static readonly AuditAction Retention = new("retention");
    public static readonly AuditAction KeyRotation = new("key-rotation");
    public static readonly AuditAction Backup = new("backup");

    // Evaluation: who produced which aggregate or export, of how many participants (never content)
    public static readonly AuditAction EvaluationReport = new("evaluation-report");
    public static readonly AuditAction ResearchExport = new("research-export");
    public static readonly AuditAction MetricDefined = new("metric-defined");
    public static readonly AuditAction MetricNameTranslated = new("metric-name-translated");
    public static readonly AuditAction ComparisonImported = new("comparison-imported");

    // Evidence leaving the organisation, and arriving at a hub
    public static readonly AuditAction EvidenceProposed = new("evidence-proposed");
    public static readonly AuditAction EvidenceReviewed = new("evidence-reviewed");
    public static readonly AuditAction EvidenceDiscarded = new("evidence-discarded");
    public static readonly AuditAction EvidenceReleased = new("EVIDENCE-RELEASED");
    public static readonly AuditAction EvidenceDownloaded = new("evidence-downloaded");
    public static readonly AuditAction EvidenceKeyRotated = new("evidence-key-rotated");
    public static readonly AuditAction HubPublisherRegistered = new("hub-publisher-registered");
    public static readonly AuditAction HubKeyRevoked = new("HUB-KEY-REVOKED");
    public static readonly AuditAction HubBundleReceived = new("hub-bundle-received");
    public static readonly AuditAction HubBundleRefused = new("hub-bundle-refused");

    // The practice library: profiles and lessons leaving a program, and arriving at a hub
    public static readonly AuditAction LibraryProposed = new("library-proposed");
    public static readonly AuditAction LibraryDiscarded = new("library-discarded");
    public static readonly AuditAction LibraryReleased = new("LIBRARY-RELEASED");
    public static readonly AuditAction LibraryDownloaded = new("library-downloaded");
    public static readonly AuditAction HubLibraryReceived = new("hub-library-received");
    public static readonly AuditAction HubLibraryRefused = new("hub-library-refused");
    public static readonly AuditAction HubLibraryFollowed = new("hub-library-followed");
    public static readonly AuditAction HubLibraryUnfollowed = new("hub-library-unfollowed");
}
