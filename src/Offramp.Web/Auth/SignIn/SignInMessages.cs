namespace Offramp.Web.Auth.SignIn;

/// <summary>
/// The only answers a failed sign-in gets. They are the same for an unknown email, a wrong password, a wrong or reused
/// code, a flagged account and one whose checks are spaced out: each of those told apart would tell a stranger which
/// emails have accounts, or which password is right.
/// </summary>
public static class SignInMessages
{
    public const string CodeFailed =
        "The email, password or code is not correct, or the code was already used. Enter the next code from your authenticator app, or sign in again.";

    public const string RecoveryCodeFailed =
        "The email, password or recovery code is not correct, or the recovery code was already used.";
}
