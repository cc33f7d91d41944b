using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Organisations.Admin;

public sealed class OrganisationCommand
{
    [Required(ErrorMessage = "Give the organisation a name.")]
    [StringLength(200, ErrorMessage = "An organisation's name has at most 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>Country or jurisdiction whose laws on disclosure and retention apply.</summary>
    [StringLength(100, ErrorMessage = "The jurisdiction has at most 100 characters.")]
    public string? Jurisdiction { get; set; }
}
