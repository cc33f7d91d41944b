using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Formulation;

/// <summary>What the team writes; also the sealed document's shape.</summary>
public sealed class FormulationContent : IValidatableCommand
{
    [StringLength(10000)]
    public string? Needs { get; set; }

    [StringLength(10000)]
    public string? Narratives { get; set; }

    [StringLength(10000)]
    public string? Networks { get; set; }

    [StringLength(10000)]
    public string? PushFactors { get; set; }

    [StringLength(10000)]
    public string? PullFactors { get; set; }

    [StringLength(10000)]
    public string? Strengths { get; set; }

    [StringLength(10000)]
    public string? Summary { get; set; }

    /// <summary>Team members who contributed besides the author.</summary>
    public List<Guid> ContributorUserIds { get; set; } = [];

    public FormulationContent Trimmed() => new()
    {
        Needs = Needs?.Trim(),
        Narratives = Narratives?.Trim(),
        Networks = Networks?.Trim(),
        PushFactors = PushFactors?.Trim(),
        PullFactors = PullFactors?.Trim(),
        Strengths = Strengths?.Trim(),
        Summary = Summary?.Trim(),
        ContributorUserIds = ContributorUserIds,
    };

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (new[] { Needs, Narratives, Networks }.All(string.IsNullOrWhiteSpace))
        {
            yield return (nameof(Needs), "A formulation describes at least one of needs, narratives and networks.");
        }

        if (ContributorUserIds.Count > 20)
        {
            yield return (nameof(ContributorUserIds), "At most 20 contributors.");
        }
    }
}
