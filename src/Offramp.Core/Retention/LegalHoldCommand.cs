using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Retention;

public sealed class LegalHoldCommand
{
    [Required(ErrorMessage = "State the legal ground for the hold.")]
    [StringLength(500)]
    public string Reason { get; set; } = "";
}
