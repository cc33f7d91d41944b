using Microsoft.AspNetCore.Identity;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.Admin;

/// <summary>Creates an account: the admin screens and `offramp admin create-user` both come here. MFA is enrolled at first sign-in.</summary>
public static class UserCreation
{
    public static async Task<AppUser> CreateAsync(OfframpDbContext db, UserManager<AppUser> users, Guid organisationId, string email, string displayName, string password)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Length > 200)
        {
            errors["Email"] = ["Enter a valid email address."];
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100)
        {
            errors["DisplayName"] = ["Enter a name of at most 100 characters."];
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim(), OrganisationId = organisationId };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "Email";
            throw new DomainException(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] });
        }

        db.Audit.Record(AuditActions.Create, "user", user.Id);
        await db.SaveChangesAsync();
        return user;
    }
}
