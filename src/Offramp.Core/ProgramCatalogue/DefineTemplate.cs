using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// The organisation admin adds a template to the catalogue (or replaces the one with the same key), so a new program
/// model needs data, not code. The shipped templates load through the same path.
/// </summary>
public sealed class DefineTemplate(OfframpDbContext db, ScopeLoader scopes)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(allowIntegerValues: false) } };

    public async Task<Guid> ExecuteAsync(TemplateDefinition definition, CancellationToken ct = default) =>
        await SaveAsync(await AdminOrganisationAsync(ct), definition, [], ct);

    /// <summary>
    /// A template as JSON (<see cref="TemplateFile"/>): texts may come per language, and the schema's violations are
    /// reported with the catalogue's own, all in one answer.
    /// </summary>
    public async Task<Guid> ExecuteAsync(JsonNode? file, CancellationToken ct = default)
    {
        var organisationId = await AdminOrganisationAsync(ct);
        var (definition, violations) = TemplateFile.Read(file);
        if (definition is null)
        {
            throw new DomainException(violations.ToDictionary(v => v.Key, v => v.Value.ToArray()), "The template does not follow the schema.");
        }

        return await SaveAsync(organisationId, definition, violations, ct);
    }

    /// <summary>Loads every shipped template (embedded JSON) into the caller's organisation; existing keys are replaced.</summary>
    public async Task<int> LoadShippedAsync(CancellationToken ct = default)
    {
        var count = await LoadShippedIntoAsync(db, await AdminOrganisationAsync(ct), ct);
        await db.SaveChangesAsync(ct);
        return count;
    }

    /// <summary>For the demo seed and the CLI: loads the shipped templates into an organisation within the caller's unit of work.</summary>
    public static async Task<int> LoadShippedIntoAsync(OfframpDbContext db, Guid organisationId, CancellationToken ct)
    {
        var shipped = ShippedTemplates.All();
        foreach (var definition in shipped)
        {
            await SaveAsync(db, organisationId, definition, [], ct);
        }

        return shipped.Count;
    }

    /// <summary>The caller's organisation; the catalogue is its admin's alone to change.</summary>
    private async Task<Guid> AdminOrganisationAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        return scope.IsOrganisationAdmin ? scope.OrganisationId : throw new NotFoundException();
    }

    private async Task<Guid> SaveAsync(Guid organisationId, TemplateDefinition definition, Dictionary<string, List<Phrase>> violations, CancellationToken ct)
    {
        var id = await SaveAsync(db, organisationId, definition, violations, ct);
        await db.SaveChangesAsync(ct);
        return id;
    }

    private static async Task<Guid> SaveAsync(OfframpDbContext db, Guid organisationId, TemplateDefinition definition,
        Dictionary<string, List<Phrase>> violations, CancellationToken ct)
    {
        await EnsureValidAsync(db, organisationId, definition, violations, ct);
        var template = await db.Set<ProgramTemplate>().Include(t => t.Modules)
            .SingleOrDefaultAsync(t => t.OrganisationId == organisationId && t.Key == definition.Key, ct);
        var isNew = template is null;
        template ??= new ProgramTemplate { OrganisationId = organisationId, Key = definition.Key, Name = definition.Name };
        template.Name = definition.Name.Trim();
        template.Description = definition.Description?.Trim();
        template.Origin = definition.Origin?.Trim();
        template.Kind = definition.Kind;
        template.TargetGroup = definition.TargetGroup?.Trim();
        template.SuccessMeasure = definition.SuccessMeasure?.Trim();
        template.SourceGaps = definition.SourceGaps?.Trim();
        template.PlanReviewIntervalMonths = definition.PlanReviewIntervalMonths;
        template.AgreementReviewIntervalMonths = definition.AgreementReviewIntervalMonths;
        template.FollowUpMonths = [.. definition.FollowUpMonths.Order()];

        // A template defined again in English only drops the old translations: they may no longer match its texts.
        template.Translations = definition.Translations.Count > 0 ? JsonSerializer.Serialize(definition.Translations) : null;

        // Modules keep their ids when the name stays, so plans that started from them still count their dose.
        var byName = template.Modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var wanted = definition.Modules.Select((m, i) => (Definition: m, Order: i)).ToList();
        template.Modules.RemoveAll(m => wanted.All(w => w.Definition.Name.Trim() != m.Name));
        foreach (var (module, order) in wanted)
        {
            var name = module.Name.Trim();
            if (!byName.TryGetValue(name, out var existing))
            {
                existing = new TemplateModule { Name = name, TemplateId = template.Id };
                template.Modules.Add(existing);

                // Its id is set at construction, so change tracking would take a module added to a stored template for
                // a stored module and update a row that does not exist; it is marked new instead.
                if (!isNew)
                {
                    db.Set<TemplateModule>().Add(existing);
                }
            }

            existing.Order = order;
            existing.Kind = module.Kind;
            existing.Description = module.Description?.Trim();
            existing.ExpectedSessions = module.ExpectedSessions;
            existing.ExpectedMinutes = module.ExpectedMinutes;
            existing.IndicatedBy = module.IndicatedBy is { } rule ? Trimmed(rule).ToJson() : null;
        }

        if (isNew)
        {
            db.Set<ProgramTemplate>().Add(template);
        }

        db.Audit.Record(isNew ? AuditActions.Create : AuditActions.Update, AuditEntities.ProgramTemplate, template.Id, null, template.Key);
        return template.Id;
    }

    /// <summary>
    /// The shape rules and the rules that need the instruments (an item, domain or level the instrument does not have),
    /// reported together with the schema's <paramref name="violations"/>, so one answer lists every problem of the file.
    /// Where the catalogue and the schema both fault a field, the catalogue's words are kept: they say what to do.
    /// </summary>
    private static async Task EnsureValidAsync(OfframpDbContext db, Guid organisationId, TemplateDefinition definition,
        Dictionary<string, List<Phrase>> violations, CancellationToken ct)
    {
        var errors = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        try
        {
            CommandValidation.Ensure(definition);
        }
        catch (DomainException e)
        {
            foreach (var (field, messages) in e.FieldWordings)
            {
                errors[field] = [.. messages];
            }
        }

        foreach (var (field, message) in await IndicationRuleCheck.CheckAsync(db, organisationId, definition, ct))
        {
            if (!errors.TryGetValue(field, out var messages))
            {
                errors[field] = messages = [];
            }

            messages.Add(message);
        }

        foreach (var (field, messages) in violations)
        {
            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    private static IndicationRule Trimmed(IndicationRule rule) => new()
    {
        Instrument = rule.Instrument.Trim(),
        AnyOf = [.. rule.AnyOf.Select(c => new IndicationCondition
        {
            Item = Blank(c.Item),
            Domain = Blank(c.Domain),
            Direction = c.Direction,
            AtLeast = Blank(c.AtLeast),
            AtMost = Blank(c.AtMost),
        })],
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
