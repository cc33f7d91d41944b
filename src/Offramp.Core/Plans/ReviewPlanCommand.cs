using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Plans;

public sealed class ReviewPlanCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly ReviewedOn { get; set; }

    [StringLength(10000)]
    public string? Summary { get; set; }

    /// <summary>Progress per goal id; every goal of the plan must be rated.</summary>
    public Dictionary<Guid, GoalProgressRating> Progress { get; set; } = [];

    /// <summary>Default: the review date plus the plan's interval.</summary>
    public DateOnly? NextReviewOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ReviewedOn == default)
        {
            yield return (nameof(ReviewedOn), "Enter the date of the review.");
        }

        if (Progress.Values.Any(r => !Enum.IsDefined(r)))
        {
            yield return (nameof(Progress), "A progress rating is not one of the known values.");
        }

        if (NextReviewOn is { } next && next <= ReviewedOn)
        {
            yield return (nameof(NextReviewOn), "The next review must come after this one.");
        }
    }
}
