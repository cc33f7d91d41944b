using Offramp.Core.Common;

namespace Offramp.Core.Organisations;

/// <summary>A prison, probation office or community centre where a program is delivered.</summary>
public sealed class Site : Entity
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public string? Locality { get; set; }
}
