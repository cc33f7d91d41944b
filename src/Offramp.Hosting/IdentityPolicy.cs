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
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
