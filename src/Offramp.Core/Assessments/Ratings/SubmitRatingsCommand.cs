using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Assessments.Ratings;

/// <summary>One rater's whole submission: a level (or "unknown") for every item, their overall judgement and formulation.</summary>
public sealed class SubmitRatingsCommand
{
    public List<ItemRatingInput> Ratings { get; set; } = [];

    [Required(ErrorMessage = "Choose your overall judgement.")]
    [StringLength(60)]
    public string OverallJudgement { get; set; } = "";

    [StringLength(20000, ErrorMessage = "The formulation is limited to 20,000 characters.")]
    public string? Formulation { get; set; }
}

public sealed class ItemRatingInput
{
    [Required]
    [StringLength(60)]
    public string ItemKey { get; set; } = "";

    /// <summary>A level code of the instrument's scale, or "unknown" when the item could not be rated.</summary>
    [Required(ErrorMessage = "Choose a level, or \"unknown / could not rate\".")]
    [StringLength(60)]
    public string Level { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Evidence is limited to 4,000 characters.")]
    public string? Evidence { get; set; }

    [StringLength(4000, ErrorMessage = "The rationale is limited to 4,000 characters.")]
    public string? Rationale { get; set; }
}
