using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Network;

public sealed class NetworkTieCommand : IValidatableCommand
{
    [DefinedEnum]
    public TieRelation Relation { get; set; }

    /// <summary>Who this is ("mother", "cousin in the old group"): sealed.</summary>
    [Required(ErrorMessage = "Describe who this is.")]
    [StringLength(500)]
    public string Description { get; set; } = "";

    [DefinedEnum]
    public TieAssessment Assessment { get; set; }

    public bool InvolvedInProgram { get; set; }

    [StringLength(5000)]
    public string? Note { get; set; }

    [PastDate]
    public DateOnly? EndedOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (InvolvedInProgram && Assessment != TieAssessment.PositiveResource)
        {
            yield return (nameof(InvolvedInProgram), "Only a tie marked as a positive resource can be involved in the work.");
        }
    }
}
