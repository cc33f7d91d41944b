using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Assessments.Consensus;

/// <summary>What the team agreed: a level per item with notes on disagreements, the formulation and the overall judgement.</summary>
public sealed class ConsensusCommand
{
    public List<ConsensusItemInput> Items { get; set; } = [];

    [Required(ErrorMessage = "Choose the overall judgement the team agreed.")]
    [StringLength(60)]
    public string OverallJudgement { get; set; } = "";

    [Required(ErrorMessage = "Write the formulation: how the factors fit together for this person.")]
    [StringLength(20000, ErrorMessage = "The formulation is limited to 20,000 characters.")]
    public string Formulation { get; set; } = "";
}

public sealed class ConsensusItemInput
{
    [Required]
    [StringLength(60)]
    public string ItemKey { get; set; } = "";

    [Required(ErrorMessage = "Choose the agreed level, or \"unknown / could not rate\".")]
    [StringLength(60)]
    public string Level { get; set; } = "";

    [StringLength(4000, ErrorMessage = "The rationale is limited to 4,000 characters.")]
    public string? Rationale { get; set; }

    /// <summary>Where the raters differed and how the team settled it.</summary>
    [StringLength(4000, ErrorMessage = "The note on disagreement is limited to 4,000 characters.")]
    public string? Disagreement { get; set; }
}
