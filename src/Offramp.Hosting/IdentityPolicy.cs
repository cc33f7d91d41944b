using Microsoft.AspNetCore.Identity;

namespace Offramp.Hosting;

/// <summary>One password, lockout and sign-in policy for the web app and the CLI.</summary>
public static class IdentityPolicy
{
    public const int MinimumPasswordLength = 12;

    public static void Apply(IdentityOptions options)
    {
        // Length beats composition rules (NIST SP 800-63B): at least 12 characters, no forced symbol soup.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        // Identity's lockout is off: five wrong passwords from anyone would lock the owner out. Sign-in keeps its own
        // per-account state (Offramp.Web.Auth.SignIn.AccountThrottle): it flags and slows, never locks out, and uses
        // AccessFailedCount and LockoutEnd for "checks spaced out until", which no Identity method reads any more.
        options.Lockout.AllowedForNewUsers = false;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
