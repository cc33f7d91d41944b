using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.BreakGlass;

public sealed class ReviewBreakGlassCommand
{
    [DefinedEnum]
    public BreakGlassReview Outcome { get; set; }

    [StringLength(2000)]
    public string? Note { get; set; }
}
