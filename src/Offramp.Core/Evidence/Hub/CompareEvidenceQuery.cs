namespace Offramp.Core.Evidence.Hub;

/// <summary>Filters of the compare page; every one optional. <see cref="Period"/>: a year, or empty for each program's latest cumulative bundle.</summary>
public sealed record CompareEvidenceQuery
{
    public string? Kind { get; init; }

    public string? Aim { get; init; }

    public string? Region { get; init; }

    public string? Movement { get; init; }

    public string? Period { get; init; }

    /// <summary>A coded field to break each metric down by (<see cref="HubCodedField.Value"/>: "field@codebook"), or empty.</summary>
    public string? BreakDownBy { get; init; }

    /// <summary>"REML" (default) or "DL".</summary>
    public string? Method { get; init; }
}
