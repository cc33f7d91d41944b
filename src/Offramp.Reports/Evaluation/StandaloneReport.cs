using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Offramp.Core.Evaluation.Reports;

namespace Offramp.Reports.Evaluation;

/// <summary>
/// Renders <see cref="EvaluationReportDocument"/> outside a web request, with <see cref="HtmlRenderer"/>. The document
/// needs only the report and its texts, so it brings its own small container (localization, and logging that writes nowhere) rather than
/// asking each caller to register what a Razor component needs.
/// </summary>
public static class StandaloneReport
{
    public static async Task<string> HtmlAsync(EvaluationReport report)
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().AddReportWords();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(EvaluationReportDocument.Report)] = report });
            var output = await renderer.RenderComponentAsync<EvaluationReportDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
