using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Certifications;

public sealed class CertificationCommand : IValidatableCommand
{
    public Guid UserId { get; set; }

    [Required(ErrorMessage = "Name the instrument.")]
    [StringLength(200)]
    public string InstrumentName { get; set; } = "";

    [PastDate]
    public DateOnly CertifiedOn { get; set; }

    [PlausibleDate]
    public DateOnly ValidUntil { get; set; }

    [StringLength(200)]
    public string? Reference { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (UserId == Guid.Empty)
        {
            yield return (nameof(UserId), "Choose the assessor.");
        }

        if (CertifiedOn == default)
        {
            yield return (nameof(CertifiedOn), "Enter the date of certification.");
        }

        if (ValidUntil < CertifiedOn)
        {
            yield return (nameof(ValidUntil), "The certification cannot expire before it was given.");
        }
    }
}
