using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>What the proposer says about the bundle; the figures come from the program's data.</summary>
public sealed class ProposeEvidenceCommand : IValidatableCommand
{
    /// <summary>A completed calendar year ("2025") or "all" for everything since the program began.</summary>
    [Required(ErrorMessage = "Choose the period: a completed calendar year, or \"all\" for everything since the program began.")]
    [StringLength(4, ErrorMessage = "The period is a year such as 2025, or \"all\".")]
    public string Period { get; set; } = "";

    [StringLength(100, ErrorMessage = "The region is limited to 100 characters.")]
    public string? Region { get; set; }

    [StringLength(100, ErrorMessage = "The setting is limited to 100 characters.")]
    public string? Setting { get; set; }

    public List<Movement> Movements { get; set; } = [];

    /// <summary>
    /// Keys of single-choice coded-profile fields (at most two) whose categories the bundle's counts and rates are also
    /// broken down by, through the same disclosure control as gender, age band and completion.
    /// </summary>
    public List<string> BreakDownBy { get; set; } = [];

    [StringLength(200, ErrorMessage = "The evaluation design is limited to 200 characters.")]
    public string? EvaluationDesign { get; set; }

    /// <summary>The only prose that leaves: reviewed by the releasing director. Nothing about a participant belongs here.</summary>
    [StringLength(2000, ErrorMessage = "The summary is limited to 2,000 characters.")]
    public string? Summary { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Movements.Any(m => !Enum.IsDefined(m)))
        {
            yield return (nameof(Movements), "Unknown movement.");
        }
    }
}
