using System.ComponentModel.DataAnnotations;

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
        CommandValidation.Ensure(new NewAccount { Email = email, DisplayName = displayName });
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim(), OrganisationId = organisationId };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "Password" : "Email";
            throw new DomainException(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] });
        }

        db.Audit.Record(AuditActions.Create, AuditEntities.User, user.Id);
        await db.SaveChangesAsync();
        return user;
    }
}

/// <summary>The account's own text, validated like every command (length, one line, no control or directional characters).</summary>
public sealed class NewAccount
{
    [Required(ErrorMessage = "Enter a valid email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(200, ErrorMessage = "Enter a valid email address.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter a name of at most 100 characters.")]
    [StringLength(100, ErrorMessage = "Enter a name of at most 100 characters.")]
    public string? DisplayName { get; set; }
}
