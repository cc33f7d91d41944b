namespace Offramp.Core.DataProtection;

/// <summary>
/// Audit action names of confidentiality, disclosure and data protection. The emergency and disclosure actions are
/// spelled loudly on purpose: an auditor filtering the trail must not miss them.
/// </summary>
public static class ProtectionAuditActions
{
    public const string ConcernRaised = "concern-raised";
    public const string StepUp = "step-up";
    public const string StepUpFailed = "step-up-failed";
    public const string StepUpLocked = "STEP-UP-LOCKED";
    public const string DisclosurePreview = "disclosure-preview";
    public const string Disclosure = "DISCLOSURE";
    public const string DisclosureDeclined = "disclosure-declined";
    public const string DisclosureApproved = "DISCLOSURE-APPROVED";
    public const string DisclosureCorrected = "disclosure-corrected";
    public const string DisclosureShared = "disclosure-shared-with-team";
    public const string BreakGlassGranted = "BREAK-GLASS-GRANTED";
    public const string BreakGlassRead = "BREAK-GLASS-READ";
    public const string BreakGlassReviewed = "break-glass-reviewed";
    public const string SubjectAccessRequested = "subject-access-requested";
    public const string SubjectAccessApproved = "subject-access-approved";
    public const string SubjectAccessExport = "subject-access-export";
    public const string LegalHoldPlaced = "legal-hold-placed";
    public const string LegalHoldLifted = "legal-hold-lifted";
    public const string Erasure = "erasure";
    public const string ErasureRefused = "erasure-refused";
    public const string Retention = "retention";
    public const string KeyRotation = "key-rotation";
    public const string Backup = "backup";
}
