using Microsoft.Extensions.Localization;

using Offramp.Core.Evaluation.Reports;

namespace Offramp.Reports.Charts;

/// <summary>The survival chart's words: its title, its axes, and each curve's legend, in the reader's language.</summary>
public sealed record SurvivalChartWords(string Title, string Months, string Proportion, Func<SurvivalCurveView, string> Legend)
{
    /// <summary>For API clients, which ask for no language: the report's source wording.</summary>
    public static SurvivalChartWords English(string title) =>
        new(title, "Months", "Proportion without the event", c => $"{c.Label} (n = {c.N}, {c.Events} events)");

    /// <summary>In the language of the request or the CLI's machine, from the report's texts.</summary>
    public static SurvivalChartWords For(IStringLocalizer<ReportText> L, Sentences say, string? title = null) =>
        new(title ?? L["Survival"], L["Months"], L["Proportion without the event"], c => L["{0} (n = {1}, {2} events)", say.Label(c.Label), c.N, c.Events]);
}
