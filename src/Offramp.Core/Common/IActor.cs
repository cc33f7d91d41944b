namespace Offramp.Core.Common;

/// <summary>Who is acting and from where; the audit trail records this with every event.</summary>
public interface IActor
{
    Guid? UserId { get; }

    Guid? OrganisationId { get; }

    /// <summary>Client address for web requests, "cli" for the command line.</summary>
    string Origin { get; }
}

/// <summary>The actor of command-line and start-up work.</summary>
public sealed class SystemActor(Guid? organisationId = null) : IActor
{
    public Guid? UserId => null;

    public Guid? OrganisationId { get; } = organisationId;

    public string Origin => "cli";
}
