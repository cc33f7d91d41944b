using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Disclosure;

public sealed class DecideDisclosureCommand : IValidatableCommand
{
    public bool Disclose { get; set; }

    /// <summary>The concern that led to the decision, if any.</summary>
    public Guid? ConcernId { get; set; }

    [StringLength(200)]
    public string? Threshold { get; set; }

    [StringLength(500)]
    public string? LegalBasis { get; set; }

    [StringLength(200)]
    public string? RecipientAgency { get; set; }

    public List<DisclosableField> Fields { get; set; } = [];

    [StringLength(5000)]
    public string? Rationale { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Fields.Any(f => !Enum.IsDefined(f)))
        {
            yield return (nameof(Fields), "Only known fields can be disclosed.");
        }

        if (!Disclose)
        {
            if (string.IsNullOrWhiteSpace(Rationale))
            {
                yield return (nameof(Rationale), "Record why you decided not to disclose.");
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Threshold))
        {
            yield return (nameof(Threshold), "Choose the threshold that is met.");
        }

        if (string.IsNullOrWhiteSpace(LegalBasis))
        {
            yield return (nameof(LegalBasis), "State the legal basis for the disclosure.");
        }

        if (string.IsNullOrWhiteSpace(RecipientAgency))
        {
            yield return (nameof(RecipientAgency), "Choose the agency that receives the disclosure.");
        }

        if (Fields.Count == 0)
        {
            yield return (nameof(Fields), "Choose the fields to disclose: only the minimum needed.");
        }
    }
}
