using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Outcomes;

namespace Offramp.Core.FollowUp;

public sealed class RecordFollowUpCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly ContactedOn { get; set; }

    /// <summary>False records an attempt that reached nobody; the findings then say what was tried.</summary>
    public bool ContactMade { get; set; }

    [DefinedEnum]
    public InformationSource Source { get; set; }

    [StringLength(10000, ErrorMessage = "Findings are limited to 10,000 characters.")]
    public string? Findings { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (ContactedOn == default)
        {
            yield return (nameof(ContactedOn), "Enter the date of the contact or attempt.");
        }
    }
}
