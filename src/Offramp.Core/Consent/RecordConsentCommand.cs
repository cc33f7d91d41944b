using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Consent;

public sealed class RecordConsentCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly GivenOn { get; set; }

    [Required(ErrorMessage = "Enter the version of the consent form the participant signed.")]
    [StringLength(50)]
    public string FormVersion { get; set; } = "";

    public bool CoversParticipation { get; set; }

    public bool CoversFamilyContact { get; set; }

    public bool CoversEvaluation { get; set; }

    [StringLength(200)]
    public string? GuardianName { get; set; }

    public bool GuardianConsented { get; set; }

    /// <summary>Consent must be informed: the worker confirms the participant was told what it means and that it is voluntary.</summary>
    public bool ParticipantInformed { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (GivenOn == default)
        {
            yield return (nameof(GivenOn), "Enter the date consent was given.");
        }

        if (!CoversParticipation)
        {
            yield return (nameof(CoversParticipation), "Consent to participation is required to take part in the program.");
        }

        if (!ParticipantInformed)
        {
            yield return (nameof(ParticipantInformed), "Confirm that the participant was informed and that taking part is voluntary.");
        }
    }
}
