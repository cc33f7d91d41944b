using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

using Offramp.Reports.Plurals;

namespace Offramp.Reports;

/// <summary>
/// What a host registers so the report components speak the reader's language (their texts need AddLocalization too):
/// the words for coded values and Core's phrases, and localizers that give counted words their plural forms.
/// </summary>
public static class ReportWords
{
    public static IServiceCollection AddReportWords(this IServiceCollection services)
    {
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, PluralStringLocalizerFactory>());
        return services.AddSingleton<EnumLabels>().AddSingleton<Sentences>();
    }
}
