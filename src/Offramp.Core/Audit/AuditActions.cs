namespace Offramp.Core.Audit;

/// <summary>Typed action names so the audit viewer and queries never depend on string typos.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string RestrictedNoteRead = "restricted-note-read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Search = "search";
    public const string StageChange = "stage-change";
    public const string ConsentWithdraw = "consent-withdraw";
    public const string Screening = "screening";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string MfaEnrolled = "mfa-enrolled";
    public const string TokenCreated = "token-created";
    public const string TokenRevoked = "token-revoked";
    public const string Seed = "demo-seed";
    public const string RoleGranted = "role-granted";
    public const string RoleRevoked = "role-revoked";
}
