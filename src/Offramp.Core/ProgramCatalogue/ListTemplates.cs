using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>The organisation's catalogue; program models are not case data, so every member of the organisation may read it.</summary>
public sealed class ListTemplates(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<IReadOnlyList<TemplateView>> ExecuteAsync(CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        var templates = await db.Set<ProgramTemplate>().AsNoTracking().Include(t => t.Modules)
            .Where(t => t.OrganisationId == scope.OrganisationId).OrderBy(t => t.Name).ToListAsync(ct);
        return [.. templates.Select(TemplateView.Of)];
    }
}

public sealed record TemplateView(Guid Id, string Key, string Name, string? Description, string? Origin, int PlanReviewIntervalMonths,
    int? AgreementReviewIntervalMonths, IReadOnlyList<int> FollowUpMonths, IReadOnlyList<ModuleView> Modules)
{
    public Organisations.ProgramKind? Kind { get; init; }

    public string? TargetGroup { get; init; }

    public string? SuccessMeasure { get; init; }

    /// <summary>What the sources do not say: an empty field above is unknown, not forgotten.</summary>
    public string? SourceGaps { get; init; }

    /// <summary>The texts in French and Arabic by JSON path where the template's file gave them; see <see cref="In"/>.</summary>
    public TextTranslations Translations { get; init; } = new();

    /// <summary>
    /// The template as a reader of <paramref name="language"/> reads it: description, target group, success measure,
    /// gaps and modules in that language where translated, English elsewhere. For display only: a form that edits the
    /// template keeps the English it defines.
    /// </summary>
    public TemplateView In(string language)
    {
        string? Text(string path, string? english) =>
            english is not null && Translations.TryGetValue(path, out var texts) && texts.TryGetValue(language, out var text) ? text : english;

        return this with
        {
            Description = Text("$.description", Description),
            TargetGroup = Text("$.targetGroup", TargetGroup),
            SuccessMeasure = Text("$.successMeasure", SuccessMeasure),
            SourceGaps = Text("$.sourceGaps", SourceGaps),
            Modules = [.. Modules.Select((m, i) => m with { Name = Text($"$.modules[{i}].name", m.Name)!, Description = Text($"$.modules[{i}].description", m.Description) })],
        };
    }

    /// <summary>The template as its definition in English with its translations: what an edit starts from, and what the texts to translate are.</summary>
    public TemplateDefinition ToDefinition() => new()
    {
        Key = Key,
        Name = Name,
        Description = Description,
        Origin = Origin,
        Kind = Kind,
        TargetGroup = TargetGroup,
        SuccessMeasure = SuccessMeasure,
        SourceGaps = SourceGaps,
        PlanReviewIntervalMonths = PlanReviewIntervalMonths,
        AgreementReviewIntervalMonths = AgreementReviewIntervalMonths,
        FollowUpMonths = [.. FollowUpMonths],
        Modules = [.. Modules.Select(m => new ModuleDefinition
        {
            Name = m.Name,
            Kind = m.Kind,
            Description = m.Description,
            ExpectedSessions = m.ExpectedSessions,
            ExpectedMinutes = m.ExpectedMinutes,
            IndicatedBy = m.IndicatedBy,
        })],
        Translations = Translations,
    };

    public static TemplateView Of(ProgramTemplate t) => new(t.Id, t.Key, t.Name, t.Description, t.Origin, t.PlanReviewIntervalMonths,
        t.AgreementReviewIntervalMonths, t.FollowUpMonths, [.. t.Modules.OrderBy(m => m.Order).Select(m => new ModuleView(m.Id, m.Name, m.Kind, m.Description, m.ExpectedSessions, m.ExpectedMinutes) { IndicatedBy = m.Rule() })])
    {
        Kind = t.Kind,
        TargetGroup = t.TargetGroup,
        SuccessMeasure = t.SuccessMeasure,
        SourceGaps = t.SourceGaps,
        Translations = t.Translations is { } json ? JsonSerializer.Deserialize<TextTranslations>(json) ?? new() : new(),
    };
}

public sealed record ModuleView(Guid Id, string Name, ModuleKind Kind, string? Description, int? ExpectedSessions, int? ExpectedMinutes)
{
    /// <summary>The assessment results that call for the module; null: offered to every participant.</summary>
    public IndicationRule? IndicatedBy { get; init; }
}
