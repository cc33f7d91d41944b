using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Disclosure;

/// <summary>A note for an approval, or the text of a correction (required there).</summary>
public sealed class DisclosureFollowUpCommand
{
    [StringLength(5000)]
    public string? Note { get; set; }
}
