using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Outcomes;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// What success means for a program: its metrics in words, and the form with which its evaluators and its director
/// define another (any kind, including a composite of the program's other metrics). The form posts to
/// <see cref="DefineMetric"/>, the use case the API calls, so both refuse the same things with the same messages.
/// Anyone who may not evaluate the program gets 404, as from the API.
/// </summary>
public sealed class MetricsModel(ListMetrics list, DefineMetric define, TranslateMetricName translate) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    /// <summary>Bound only by the define handler; the horizon starts at two years, the most common follow-up in the field.</summary>
    public DefineMetricCommand Input { get; set; } = new() { HorizonMonths = 24 };

    public string ProgramName { get; private set; } = "";

    /// <summary>The metric whose names in other languages were just posted and refused, so its form shows why.</summary>
    public Guid? TranslatingMetricId { get; private set; }

    /// <summary>The reader's language: metric names show in it where they have a translation.</summary>
    public static string Reader => TranslatableText.ReaderLanguage;

    /// <summary>Time zero when the form names none: the default of the program's kind.</summary>
    public MetricAnchor DefaultAnchor { get; private set; }

    public IReadOnlyList<MetricView> Metrics { get; private set; } = [];

    /// <summary>The metrics a composite may be built from: every metric of the program that is not itself composite.</summary>
    public IEnumerable<MetricView> Components => Metrics.Where(m => m.Kind != MetricKind.Composite);

    public static IEnumerable<OutcomeType> AdverseTypes => Enum.GetValues<OutcomeType>().Where(OutcomeTaxonomy.IsAdverse);

    public static IEnumerable<OutcomeType> PositiveTypes => Enum.GetValues<OutcomeType>().Where(OutcomeTaxonomy.IsPositive);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>
    /// MVC's own checks are dropped: the use case checks the command (annotations, its rules and the components in the
    /// database) and answers with every field message at once, which MVC's first pass would cut short. The form's
    /// controls send only values that bind; one that does not reaches the use case as missing and is named there.
    /// </summary>
    public async Task<IActionResult> OnPostDefineAsync([Bind(Prefix = "Input")] DefineMetricCommand input, CancellationToken ct)
    {
        ModelState.Clear();
        Input = input;
        return await LoadAsync(ct) ?? await FormOutcome.RunAsync(this, "Input.", () => define.ExecuteAsync(ProgramId, Input, ct),
            () => RedirectToPage(new { programId = ProgramId }));
    }

    /// <summary>
    /// The metric's names in the app's other languages, given or corrected after it was defined (a name is not part of
    /// the definition). Answers 404 for a metric of another program, as for a program the caller may not evaluate.
    /// </summary>
    public async Task<IActionResult> OnPostTranslateAsync(Guid metricId, [Bind(Prefix = "Names")] Dictionary<string, string>? names, CancellationToken ct)
    {
        ModelState.Clear();
        TranslatingMetricId = metricId;
        return await LoadAsync(ct) ?? await FormOutcome.RunAsync(this, "", () => translate.ExecuteAsync(ProgramId, metricId, new TranslateMetricNameCommand { Names = names ?? [] }, ct),
            () => RedirectToPage(new { programId = ProgramId }));
    }

    public string NameOf(Guid metricId) => Metrics.FirstOrDefault(m => m.Id == metricId)?.NameIn(Reader) ?? metricId.ToString();

    /// <summary>
    /// The form's messages about a field of names and each of its languages ("Names", "Names.fr"): the names are a
    /// dictionary, which the validation tag helpers cannot point at.
    /// </summary>
    public IEnumerable<string> ErrorsFor(string field) =>
        ModelState.Where(e => e.Key == field || e.Key.StartsWith(field + ".", StringComparison.Ordinal)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            var program = await list.ForDefiningAsync(ProgramId, ct);
            (ProgramName, DefaultAnchor, Metrics) = (program.ProgramName, program.DefaultAnchor, program.Metrics);
            return null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
