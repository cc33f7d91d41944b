using Offramp.Core.Common;
using Offramp.Core.Organisations;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// A program model in the organisation's catalogue: its modules or streams with the expected dose, and the cycles
/// it runs (reviews, agreement reviews, follow-ups). Plans start from a template; programs follow one.
/// </summary>
public sealed class ProgramTemplate : Entity
{
    public Guid OrganisationId { get; set; }

    /// <summary>Stable short name, e.g. "back-on-track"; unique within the organisation.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Where the model comes from (e.g. "Denmark, prison and probation service").</summary>
    public string? Origin { get; set; }

    /// <summary>The kind of program the model was built for (e.g. detention or camp); empty when the source does not say.</summary>
    public ProgramKind? Kind { get; set; }

    /// <summary>Who the model is for, and its entry criteria, in the source's words.</summary>
    public string? TargetGroup { get; set; }

    /// <summary>How the source measures success (e.g. recidivism).</summary>
    public string? SuccessMeasure { get; set; }

    /// <summary>What the sources do not say, so a reader knows an empty field was not forgotten.</summary>
    public string? SourceGaps { get; set; }

    public int PlanReviewIntervalMonths { get; set; } = 3;

    /// <summary>Set for mentoring programs: agreements are reviewed at this interval.</summary>
    public int? AgreementReviewIntervalMonths { get; set; }

    public List<int> FollowUpMonths { get; set; } = [.. ProgramSettings.DefaultFollowUpMonths];

    public List<TemplateModule> Modules { get; set; } = [];

    /// <summary>
    /// The texts' French and Arabic versions (<see cref="TextTranslations"/> as JSON, by the file's JSON paths, modules
    /// by their order), or null when the template came in English only.
    /// </summary>
    public string? Translations { get; set; }

    /// <summary>At least one module has an <see cref="IndicationRule"/>: plans take the modules the assessment indicates.</summary>
    public bool IsAssessmentDriven() => Modules.Any(m => m.IndicatedBy is not null);
}

/// <summary>One module, stream, phase or theme of a template with its expected dose.</summary>
public sealed class TemplateModule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TemplateId { get; set; }

    public int Order { get; set; }

    public required string Name { get; set; }

    public ModuleKind Kind { get; set; }

    public string? Description { get; set; }

    public int? ExpectedSessions { get; set; }

    public int? ExpectedMinutes { get; set; }

    /// <summary>The <see cref="IndicationRule"/> as JSON, or null when the module is offered to every participant.</summary>
    public string? IndicatedBy { get; set; }

    public IndicationRule? Rule() => IndicationRule.FromJson(IndicatedBy);
}

public enum ModuleKind
{
    Module,
    Stream,
    Phase,
    Theme,
    Activity,
}
