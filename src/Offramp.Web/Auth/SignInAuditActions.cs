namespace Offramp.Web.Auth;

/// <summary>Audit actions of signing in and out, beside Core's <c>sign-in</c> and <c>sign-in-failed</c>.</summary>
public static class SignInAuditActions
{
    public const string SignOut = "sign-out";

    /// <summary>Five failed sign-ins in a row on one account: someone may be guessing. Shown to admins until the next success.</summary>
    public const string Flagged = "sign-in-flagged";

    /// <summary>Wrong authenticator codes after a right password: the account's code checks are spaced out.</summary>
    public const string Slowed = "sign-in-slowed";
}
