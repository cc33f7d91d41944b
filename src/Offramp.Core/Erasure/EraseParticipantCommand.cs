using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Erasure;

public sealed class EraseParticipantCommand
{
    /// <summary>The request's reference in the organisation's records (e.g. "DSR-2026-014"); no personal data.</summary>
    [Required(ErrorMessage = "Give the reference of the erasure request.")]
    [StringLength(100)]
    public string Reference { get; set; } = "";

    /// <summary>The director confirms the request was verified as valid (identity checked, grounds apply).</summary>
    public bool RequestVerified { get; set; }
}
