using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Formulation;

namespace Offramp.Core.Plans;

public sealed class CreatePlanCommand : IValidatableCommand
{
    [PlausibleDate]
    public DateOnly StartedOn { get; set; }

    /// <summary>The template to take modules from; default: the one the program follows. Ignored when <see cref="Modules"/> are given.</summary>
    public Guid? TemplateId { get; set; }

    [Range(1, 24, ErrorMessage = "Reviews are between 1 and 24 months apart.")]
    public int? ReviewIntervalMonths { get; set; }

    [StringLength(5000)]
    public string? Incentives { get; set; }

    public List<GoalCommand> Goals { get; set; } = [];

    public List<ModuleCommand> Modules { get; set; } = [];

    /// <summary>
    /// Template modules the assessment does not indicate (or could not, without an agreed assessment) that the
    /// practitioner adds by professional judgement, each with the reason. Indicated modules are taken without asking.
    /// </summary>
    public List<AddedModuleCommand> AddedModules { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (StartedOn == default)
        {
            yield return (nameof(StartedOn), "Enter the date the plan starts.");
        }

        if (Goals.Count is 0 or > 30)
        {
            yield return (nameof(Goals), "A plan has between 1 and 30 goals.");
        }

        foreach (var (goal, i) in Goals.Select((g, i) => (g, i)))
        {
            if (string.IsNullOrWhiteSpace(goal.Description))
            {
                yield return ($"Goals[{i}].Description", "Describe each goal in at most 2,000 characters.");
            }

            if (!Enum.IsDefined(goal.Area))
            {
                yield return ($"Goals[{i}].Area", Phrase.Of($"'{goal.Area}' is not a section of the formulation."));
            }
        }

        if (Modules.Count > 60)
        {
            yield return (nameof(Modules), "At most 60 modules.");
        }

        foreach (var (module, i) in Modules.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(module.Name))
            {
                yield return ($"Modules[{i}].Name", "Each module needs a name of at most 200 characters.");
            }

            if (module.ExpectedSessions is < 0 or > 1000 || module.ExpectedMinutes is < 0 or > 100_000)
            {
                yield return ($"Modules[{i}]", "Expected sessions are 0-1000 and minutes 0-100,000.");
            }
        }

        foreach (var error in AddedModuleCommand.Check(AddedModules, nameof(AddedModules)))
        {
            yield return error;
        }

        if (Modules.Count > 0 && AddedModules.Count > 0)
        {
            yield return (nameof(AddedModules), "Either write the modules yourself or take the template's and add to them, not both.");
        }
    }
}

/// <summary>A template module added against (or without) the assessment's indication, with the practitioner's reason.</summary>
public sealed class AddedModuleCommand
{
    public Guid TemplateModuleId { get; set; }

    [StringLength(2000, ErrorMessage = "The reason is limited to 2,000 characters.")]
    public string Reason { get; set; } = "";

    public Guid? ResponsibleUserId { get; set; }

    public static IEnumerable<(string Field, Phrase Message)> Check(List<AddedModuleCommand> added, string field)
    {
        if (added.Count > 60)
        {
            yield return (field, "At most 60 modules.");
        }

        foreach (var (module, i) in added.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(module.Reason))
            {
                yield return ($"{field}[{i}].Reason", "Say why you add a module the assessment does not indicate: your professional judgement is recorded with it.");
            }
        }

        if (added.Select(m => m.TemplateModuleId).Distinct().Count() != added.Count)
        {
            yield return (field, "Each module is added once.");
        }
    }
}

public sealed class GoalCommand
{
    [StringLength(2000, ErrorMessage = "Describe each goal in at most 2,000 characters.")]
    public string Description { get; set; } = "";

    public FormulationArea Area { get; set; }

    public Guid? ResponsibleUserId { get; set; }
}

public sealed class ModuleCommand
{
    [StringLength(200, ErrorMessage = "Each module needs a name of at most 200 characters.")]
    public string Name { get; set; } = "";

    public int? ExpectedSessions { get; set; }

    public int? ExpectedMinutes { get; set; }

    public Guid? ResponsibleUserId { get; set; }
}
