using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;
using Offramp.Core.Outcomes;

namespace Offramp.Core.Evaluation.Metrics;

public sealed class DefineMetricCommand : IValidatableCommand
{
    [Required(ErrorMessage = "Name the metric, e.g. \"No violent reconviction within 24 months of release\".")]
    [StringLength(200, ErrorMessage = "The name is limited to 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>The name in the app's other languages ("fr", "ar"); a reader of a language without one sees <see cref="Name"/>.</summary>
    public Dictionary<string, string>? NameTranslations { get; set; }

    [DefinedEnum]
    public MetricKind Kind { get; set; }

    /// <summary>The outcome types that count (adverse ones for <see cref="MetricKind.NoAdverseOutcome"/>, positive ones for <see cref="MetricKind.PositiveOutcome"/>).</summary>
    public List<OutcomeType> OutcomeTypes { get; set; } = [];

    /// <summary>Time zero; when not given, the default of the program's kind (<see cref="MetricAnchors.DefaultFor"/>).</summary>
    [DefinedEnum]
    public MetricAnchor? Anchor { get; set; }

    /// <summary>Months from time zero to the horizon; not given for a composite, which is known when its longest component is.</summary>
    [Range(1, 120, ErrorMessage = "The horizon must be between 1 and 120 months.")]
    public int? HorizonMonths { get; set; }

    [StringLength(200)]
    public string? InstrumentName { get; set; }

    public AssessmentFocus? Focus { get; set; }

    /// <summary>For <see cref="MetricKind.Composite"/>: 2–5 other metrics of the program, none composite; success means every one succeeds.</summary>
    public List<Guid> ComponentMetricIds { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        foreach (var problem in MetricNames.Check(nameof(NameTranslations), NameTranslations))
        {
            yield return problem;
        }

        if (Kind != MetricKind.Composite && HorizonMonths is null)
        {
            yield return (nameof(HorizonMonths), "Give the horizon in months, e.g. 24 for two years after time zero.");
        }

        if (Kind == MetricKind.Composite)
        {
            var distinct = ComponentMetricIds.Distinct().Count();
            if (distinct != ComponentMetricIds.Count)
            {
                yield return (nameof(ComponentMetricIds), "Choose each component once.");
            }
            else if (distinct is < 2 or > 5)
            {
                yield return (nameof(ComponentMetricIds), "Choose two to five other metrics of this program: success means every one of them succeeds.");
            }
        }
        else if (ComponentMetricIds.Count > 0)
        {
            yield return (nameof(ComponentMetricIds), "Only a composite metric has components.");
        }

        var undefined = OutcomeTypes.Where(t => !Enum.IsDefined(t)).ToList();
        if (undefined.Count > 0)
        {
            yield return (nameof(OutcomeTypes), Phrase.Of($"Unknown outcome type: {string.Join(", ", undefined)}."));
            yield break;
        }

        switch (Kind)
        {
            case MetricKind.NoAdverseOutcome when OutcomeTypes.Count == 0 || OutcomeTypes.Any(t => !OutcomeTaxonomy.IsAdverse(t)):
                yield return (nameof(OutcomeTypes), "Choose one or more adverse outcome types (re-arrest, reconviction, re-engagement, offending in custody, travel to a conflict zone).");
                break;
            case MetricKind.PositiveOutcome when OutcomeTypes.Count == 0 || OutcomeTypes.Any(t => !OutcomeTaxonomy.IsPositive(t)):
                yield return (nameof(OutcomeTypes), "Choose one or more positive outcome types (employment, housing, education, family ties, community integration).");
                break;
            case MetricKind.AssessmentChange:
                if (string.IsNullOrWhiteSpace(InstrumentName))
                {
                    yield return (nameof(InstrumentName), "Name the instrument whose baseline and review are compared.");
                }

                if (Focus is null || !Enum.IsDefined(Focus.Value))
                {
                    yield return (nameof(Focus), "Say whether protective items should rise or risk items fall.");
                }

                if (OutcomeTypes.Count > 0)
                {
                    yield return (nameof(OutcomeTypes), "An assessment metric counts no outcome types.");
                }

                break;
            case MetricKind.Composite when OutcomeTypes.Count > 0:
                yield return (nameof(OutcomeTypes), "A composite metric counts no outcome types itself: its components do.");
                break;
        }

        // Time at risk only starts at release; entry anchors assessment metrics and community programs.
        if (Kind != MetricKind.AssessmentChange && (InstrumentName is not null || Focus is not null))
        {
            yield return (nameof(InstrumentName), "Only an assessment metric names an instrument.");
        }
    }
}
