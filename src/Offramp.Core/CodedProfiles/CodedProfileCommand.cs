using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

/// <summary>Answers to some fields of the organisation's current codebook; a field left out is left as it is.</summary>
public sealed class CodedProfileCommand
{
    public List<CodedAnswerCommand> Answers { get; set; } = [];
}

public sealed class CodedAnswerCommand
{
    [Required(ErrorMessage = "Name the codebook field.")]
    [StringLength(60)]
    public string Field { get; set; } = "";

    /// <summary>The option codes chosen; none clears the answer.</summary>
    public List<string> Codes { get; set; } = [];

    /// <summary>Anything the codes cannot say: sealed, and never part of research data.</summary>
    [StringLength(2000)]
    public string? Note { get; set; }

    /// <summary>The answer's version the caller saw (0 when the field was not coded yet): a stale write answers 412.</summary>
    [Range(0, int.MaxValue)]
    public int ExpectedVersion { get; set; }
}
