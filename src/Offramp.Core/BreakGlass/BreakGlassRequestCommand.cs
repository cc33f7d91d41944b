using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.BreakGlass;

public sealed class BreakGlassRequestCommand
{
    [Required(ErrorMessage = "Say what emergency needs this record.")]
    [StringLength(2000, MinimumLength = 10, ErrorMessage = "Describe the emergency in 10 to 2,000 characters.")]
    public string Reason { get; set; } = "";

    /// <summary>How long access is needed; never more than 60 minutes.</summary>
    [Range(1, 60, ErrorMessage = "Emergency access lasts between 1 and 60 minutes.")]
    public int Minutes { get; set; } = 60;
}
