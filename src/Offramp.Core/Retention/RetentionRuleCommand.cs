using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Retention;

/// <summary>Keep <see cref="RecordType"/> of the cases of <see cref="ProgramId"/> <see cref="YearsAfterClosure"/> years after they close.</summary>
public sealed class RetentionRuleCommand
{
    [Required(ErrorMessage = "Choose the program.")]
    public Guid? ProgramId { get; set; }

    public RetainedRecord RecordType { get; set; }

    [Range(0, 100, ErrorMessage = "Years after closure must be between 0 and 100.")]
    public int YearsAfterClosure { get; set; } = 10;
}
