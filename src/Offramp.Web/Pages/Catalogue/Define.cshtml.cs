using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Common;
using Offramp.Core.ProgramCatalogue;

namespace Offramp.Web.Pages.Catalogue;

/// <summary>
/// The organisation admin defines a program template (or edits one, found by its key): modules or streams with the
/// expected dose, and the cycles. A fixed number of module rows keeps the form script-free; empty rows are ignored.
/// </summary>
public sealed class DefineModel(ListTemplates templates, DefineTemplate define, ScopeLoader scopes) : PageModel
{
    public const int ModuleRows = 12;

    /// <summary>Spare rows under an existing template's modules, so a long template can still grow.</summary>
    public const int SpareRows = 4;

    [BindProperty(SupportsGet = true, Name = "key")]
    public string? ExistingKey { get; set; }

    [BindProperty]
    public TemplateDefinition Input { get; set; } = new();

    [BindProperty]
    public string FollowUpMonths { get; set; } = MonthList.Format(ProgramSettings.DefaultFollowUpMonths);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!(await scopes.GetAsync(ct)).IsOrganisationAdmin)
        {
            return NotFound();
        }

        if (ExistingKey is { } key)
        {
            var existing = (await templates.ExecuteAsync(ct)).SingleOrDefault(t => t.Key == key);
            if (existing is null)
            {
                return NotFound();
            }

            Input = existing.ToDefinition();
            FollowUpMonths = MonthList.Format(existing.FollowUpMonths);
        }

        PadModules(Math.Max(ModuleRows, Input.Modules.Count + SpareRows));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await scopes.GetAsync(ct)).IsOrganisationAdmin)
        {
            return NotFound();
        }

        if (MonthList.Parse(FollowUpMonths) is { } months)
        {
            Input.FollowUpMonths = months;
        }
        else
        {
            ModelState.AddModelError(nameof(FollowUpMonths), "Write the months as whole numbers separated by commas, e.g. 3, 6, 12.");
        }

        // Rows left empty are spare rows of the form, not modules without a name. Rows stay where they were posted,
        // so a field message from the catalogue is moved back to the row the user typed it in.
        var kept = Input.Modules.Select((m, i) => (m, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.m.Name) || x.m.ExpectedSessions is not null || x.m.ExpectedMinutes is not null || !string.IsNullOrWhiteSpace(x.m.Description))
            .ToList();
        for (var i = 0; i < Input.Modules.Count; i++)
        {
            // A module's name is checked by the catalogue, which says which row lacks one; spare rows are not checked at all.
            var row = $"Input.Modules[{i}]";
            foreach (var key in ModelState.Keys.Where(k => k == $"{row}.Name" || (k.StartsWith(row, StringComparison.Ordinal) && kept.All(x => x.i != i))).ToList())
            {
                ModelState.Remove(key);
            }
        }

        var definition = new TemplateDefinition
        {
            Key = Input.Key,
            Name = Input.Name,
            Description = Input.Description,
            Origin = Input.Origin,
            PlanReviewIntervalMonths = Input.PlanReviewIntervalMonths,
            AgreementReviewIntervalMonths = Input.AgreementReviewIntervalMonths,
            FollowUpMonths = Input.FollowUpMonths,
            Modules = [.. kept.Select(x => x.m)],
        };
        await KeepWhatTheFormDoesNotEditAsync(definition, ct);
        var outcome = await FormOutcome.RunAsync(this, "Input.", () => DefineAsync(definition, [.. kept.Select(x => x.i)], ct), () => RedirectToPage("Index"));
        PadModules(ModuleRows);
        return outcome;
    }

    private async Task DefineAsync(TemplateDefinition definition, IReadOnlyList<int> rows, CancellationToken ct)
    {
        try
        {
            await define.ExecuteAsync(definition, ct);
        }
        catch (DomainException e) when (e.FieldWordings.Keys.Any(k => k.StartsWith("Modules[", StringComparison.Ordinal)))
        {
            throw e.WithFieldsRenamed(field => RowOf(field, rows));
        }
    }

    /// <summary>"Modules[1].Name" of the kept rows names the posted row it came from, e.g. "Modules[4].Name".</summary>
    private static string RowOf(string field, IReadOnlyList<int> rows)
    {
        if (!field.StartsWith("Modules[", StringComparison.Ordinal))
        {
            return field;
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        return int.TryParse(field["Modules[".Length..close], out var kept) && kept < rows.Count ? $"Modules[{rows[kept]}]{field[(close + 1)..]}" : field;
    }

    private void PadModules(int rows)
    {
        while (Input.Modules.Count < rows)
        {
            Input.Modules.Add(new ModuleDefinition());
        }
    }

    /// <summary>
    /// The form edits the English texts, the dose and the cycles. Saving replaces the whole template, so what the form
    /// does not show is taken from the stored one: the kind, target group, success measure and source gaps (from a file
    /// or the API), and the French and Arabic of every text whose English the edit left as it was.
    /// </summary>
    private async Task KeepWhatTheFormDoesNotEditAsync(TemplateDefinition definition, CancellationToken ct)
    {
        if ((await templates.ExecuteAsync(ct)).SingleOrDefault(t => t.Key == definition.Key) is not { } stored)
        {
            return;
        }

        var before = stored.ToDefinition();
        definition.Kind = before.Kind;
        definition.TargetGroup = before.TargetGroup;
        definition.SuccessMeasure = before.SuccessMeasure;
        definition.SourceGaps = before.SourceGaps;
        definition.Translations = before.Translations.CarriedTo(before.Texts(), definition.Texts());
    }
}
