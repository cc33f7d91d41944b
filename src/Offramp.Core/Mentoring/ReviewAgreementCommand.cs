using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Mentoring;

public sealed class ReviewAgreementCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly ReviewedOn { get; set; }

    [DefinedEnum]
    public AgreementDecision Decision { get; set; }

    [StringLength(2000)]
    public string? Reason { get; set; }

    /// <summary>For a renegotiation: the new goals (unchanged if empty).</summary>
    [StringLength(5000)]
    public string? Goals { get; set; }

    [Range(1, 31, ErrorMessage = "Between 1 and 31 meetings a month.")]
    public int? MeetingsPerMonth { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ReviewedOn == default)
        {
            yield return (nameof(ReviewedOn), "Enter the date of the review.");
        }

        if (Decision is AgreementDecision.Renegotiated or AgreementDecision.Ended && string.IsNullOrWhiteSpace(Reason))
        {
            yield return (nameof(Reason), "Give the reason for renegotiating or ending the agreement.");
        }

        if (Decision == AgreementDecision.Renegotiated && string.IsNullOrWhiteSpace(Goals) && MeetingsPerMonth is null)
        {
            yield return (nameof(Goals), "A renegotiation changes the goals or the meeting frequency.");
        }
    }
}
