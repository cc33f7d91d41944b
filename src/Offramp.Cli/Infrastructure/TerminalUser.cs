using Offramp.Core.Common;

namespace Offramp.Cli.Infrastructure;

/// <summary>
/// A person at the command line acting as their own account, e.g. a director releasing evidence: their scope (roles)
/// and their name in the audit trail, from "cli". Who they claim to be is not proven by this object: the work done
/// under it must check their authenticator code first (step-up), as the app does.
/// </summary>
public sealed class TerminalUser(Guid userId, Guid organisationId) : IActor
{
    public Guid? UserId { get; } = userId;

    public Guid? OrganisationId { get; } = organisationId;

    public string Origin => "cli";
}
