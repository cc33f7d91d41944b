using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Transfers;

public sealed class ProposeTransferCommand : IValidatableCommand
{
    public Guid TargetProgramId { get; set; }

    public SharedSections Shared { get; set; }

    /// <summary>The date the participant agreed to the transfer and to what is shared.</summary>
    [PastDate]
    public DateOnly ConsentedOn { get; set; }

    public bool ParticipantAgreed { get; set; }

    [Required(ErrorMessage = "Give the reason for the transfer.")]
    [StringLength(2000)]
    public string Reason { get; set; } = "";

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (!ParticipantAgreed)
        {
            yield return (nameof(ParticipantAgreed), "A transfer needs the participant's agreement to it and to what is shared.");
        }

        if (ConsentedOn == default)
        {
            yield return (nameof(ConsentedOn), "Enter the date the participant agreed.");
        }

        if (((int)Shared & ~15) != 0)
        {
            yield return (nameof(Shared), "Unknown section to share.");
        }
    }
}
