using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Outcomes;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>The program's success metrics, oldest first (definitions only: nothing about any participant).</summary>
public sealed class ListMetrics(OfframpDbContext db, EvaluationAccess access)
{
    public async Task<IReadOnlyList<MetricView>> ExecuteAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        return await ForProgramAsync(db, program.Id, ct);
    }

    /// <summary>For the form that defines another: the program's name, its default time zero, and its metrics.</summary>
    public async Task<ProgramMetrics> ForDefiningAsync(Guid programId, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var kind = await db.Programs.AsNoTracking().Where(p => p.Id == program.Id).Select(p => p.Kind).SingleAsync(ct);
        return new ProgramMetrics(program.Name, MetricAnchors.DefaultFor(kind), await ForProgramAsync(db, program.Id, ct));
    }

    internal static async Task<IReadOnlyList<MetricView>> ForProgramAsync(OfframpDbContext db, Guid programId, CancellationToken ct)
    {
        var metrics = await db.Set<MetricDefinition>().AsNoTracking().Where(m => m.ProgramId == programId)
            .OrderBy(m => m.DefinedAt).ThenBy(m => m.Name).ToListAsync(ct);
        var names = MetricView.Names(metrics);
        return [.. metrics.Select(m => MetricView.From(m, names))];
    }
}

public sealed record ProgramMetrics(string ProgramName, MetricAnchor DefaultAnchor, IReadOnlyList<MetricView> Metrics);

/// <summary>A metric's definition; <paramref name="ComponentMetricIds"/> for a composite (its components, in the order chosen), empty otherwise.</summary>
public sealed record MetricView(Guid Id, string Name, MetricKind Kind, IReadOnlyList<OutcomeType> OutcomeTypes, MetricAnchor Anchor, int HorizonMonths,
    string? InstrumentName, AssessmentFocus? Focus, Phrase Description, IReadOnlyList<Guid> ComponentMetricIds, IReadOnlyDictionary<string, string>? NameTranslations = null)
{
    /// <summary>The name in <paramref name="language"/>, or as defined where it has none in that language.</summary>
    public string NameIn(string language) => NameTranslations?.GetValueOrDefault(language) ?? Name;

    /// <summary>The app's languages (other than the source) the name has no translation in: shown to the metric's editors.</summary>
    public IReadOnlyList<string> Untranslated => [.. MetricNames.Languages.Where(l => NameTranslations?.ContainsKey(l) != true)];

    /// <summary>The definition; <paramref name="names"/> are the program's metric names, which a composite's description quotes.</summary>
    public static MetricView From(MetricDefinition m, IReadOnlyDictionary<Guid, Phrase>? names = null) =>
        new(m.Id, m.Name, m.Kind, m.Types, m.Anchor, m.HorizonMonths, m.InstrumentName, m.Focus, Describe(m, names), m.Components, m.Translations);

    /// <summary>The metrics' names as a description quotes them: each reader sees the name in their language, if it was given one.</summary>
    public static IReadOnlyDictionary<Guid, Phrase> Names(IEnumerable<MetricDefinition> metrics) => metrics.ToDictionary(m => m.Id, m => Phrase.Name(m.Name, m.Translations));

    /// <summary>The definition in words, printed under every figure so a reader knows what was counted.</summary>
    public static Phrase Describe(MetricDefinition m, IReadOnlyDictionary<Guid, Phrase>? names = null)
    {
        var from = MetricAnchors.Describe(m.Anchor);
        var types = Phrase.Join("; ", m.Types.Select(t => Phrase.Of($"{t}")));
        var components = Phrase.Join("; ", m.Components.Select(id => names?.GetValueOrDefault(id) ?? Phrase.Verbatim(id.ToString())));
        return m.Kind switch
        {
            MetricKind.NoAdverseOutcome => Phrase.Of($"No {types} within {m.HorizonMonths} months of {from}; time at risk from {from}, censored at death, loss to follow-up or the report date."),
            MetricKind.PositiveOutcome => Phrase.Of($"{types} recorded within {m.HorizonMonths} months of {from}, among participants followed for the full {m.HorizonMonths} months."),
            MetricKind.Composite => Phrase.Of($"Success on every one of: {components}. Among participants for whom every component can be determined; counted once every component is resolved."),
            _ when m.Focus == AssessmentFocus.RiskFell => Phrase.Of($"Risk items fell on {Phrase.Verbatim(m.InstrumentName ?? "")} between the baseline and the review nearest {m.HorizonMonths} months later (within 3 months)."),
            _ => Phrase.Of($"Protective items rose on {Phrase.Verbatim(m.InstrumentName ?? "")} between the baseline and the review nearest {m.HorizonMonths} months later (within 3 months)."),
        };
    }
}
