using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Consent;

public sealed class WithdrawConsentCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly WithdrawnOn { get; set; }

    [StringLength(2000)]
    public string? Reason { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (WithdrawnOn == default)
        {
            yield return (nameof(WithdrawnOn), "Enter the date consent was withdrawn.");
        }
    }
}
