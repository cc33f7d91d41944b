using Offramp.Core.Common;

namespace Offramp.Core.Organisations;

public sealed class Organisation : Entity
{
    public required string Name { get; set; }

    /// <summary>Country or jurisdiction, which decides which laws on disclosure and retention apply.</summary>
    public string? Jurisdiction { get; set; }

    /// <summary>Counts of evidence leaving the organisation below this are withheld (disclosure control).</summary>
    public int EvidenceThreshold { get; set; } = 10;

    /// <summary>Published counts are rounded to a multiple of this.</summary>
    public int EvidenceRoundingBase { get; set; } = 5;

    /// <summary>This organisation is an evidence hub: it registers publishers and receives, compares and pools their bundles.</summary>
    public bool IsEvidenceHub { get; set; }
}
