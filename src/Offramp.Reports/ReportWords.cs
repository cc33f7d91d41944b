using Microsoft.Extensions.DependencyInjection;

namespace Offramp.Reports;

/// <summary>What a host registers so the report components speak the reader's language (their texts need AddLocalization too).</summary>
public static class ReportWords
{
    public static IServiceCollection AddReportWords(this IServiceCollection services) =>
        services.AddSingleton<EnumLabels>().AddSingleton<Sentences>();
}
