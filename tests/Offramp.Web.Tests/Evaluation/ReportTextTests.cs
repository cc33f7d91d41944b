using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Offramp.Reports;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The report's texts come from its resource file in both hosts: the web app sets ResourcesPath, the CLI sets none. A
/// localizer that misses the file still answers with the key, so only <see cref="LocalizedString.ResourceNotFound"/>
/// tells a translatable report from one that would stay in English.
/// </summary>
public sealed class ReportTextTests
{
    [Theory]
    [InlineData("Resources")]
    [InlineData("")]
    public void The_report_s_texts_are_found_whatever_resource_path_the_host_sets(string resourcesPath)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = resourcesPath }), NullLoggerFactory.Instance);

        var text = factory.Create(typeof(ReportText))["Success at the horizon (95% Wilson interval)"];

        Assert.False(text.ResourceNotFound, $"searched {text.SearchedLocation}");
    }
}
