using Offramp.Core.Common;

namespace Offramp.Core.Organisations;

/// <summary>A program an organisation runs (named OfframpProgram because "Program" is the entry point class elsewhere).</summary>
public sealed class OfframpProgram : Entity
{
    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public ProgramKind Kind { get; set; }

    public ProgramAims Aims { get; set; }

    public string? Description { get; set; }
}
