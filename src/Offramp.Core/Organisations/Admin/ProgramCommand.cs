using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Organisations.Admin;

public sealed class ProgramCommand : IValidatableCommand
{
    [Required(ErrorMessage = "Give the program a name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    [DefinedEnum]
    public ProgramKind Kind { get; set; }

    public ProgramAims Aims { get; set; }

    [StringLength(2000)]
    public string? Description { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        const ProgramAims all = ProgramAims.Disengagement | ProgramAims.Deradicalization | ProgramAims.Rehabilitation | ProgramAims.Reintegration;
        if (Aims == ProgramAims.None)
        {
            yield return (nameof(Aims), "Choose at least one aim.");
        }
        else if ((Aims & ~all) != 0)
        {
            yield return (nameof(Aims), "Unknown aim.");
        }
    }
}
