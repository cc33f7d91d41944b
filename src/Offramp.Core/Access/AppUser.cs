using Microsoft.AspNetCore.Identity;

namespace Offramp.Core.Access;

/// <summary>A person who signs in. Every user belongs to exactly one organisation; nothing crosses organisations.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }

    public required string DisplayName { get; set; }

    public bool IsActive { get; set; } = true;
}
