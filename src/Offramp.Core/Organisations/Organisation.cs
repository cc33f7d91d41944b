using Offramp.Core.Common;

namespace Offramp.Core.Organisations;

public sealed class Organisation : Entity
{
    public required string Name { get; set; }

    /// <summary>Country or jurisdiction, which decides which laws on disclosure and retention apply.</summary>
    public string? Jurisdiction { get; set; }
}
