using Microsoft.Extensions.DependencyInjection;

namespace Offramp.Core.CodedProfiles;

public static class CodedProfileServices
{
    /// <summary>Codebooks (import, publish, list) and participants' coded profiles (read, record).</summary>
    public static IServiceCollection AddCodedProfiles(this IServiceCollection services)
    {
        services.AddScoped<ImportCodebook>();
        services.AddScoped<PublishCodebook>();
        services.AddScoped<ListCodebooks>();
        services.AddScoped<GetCodedProfile>();
        services.AddScoped<RecordCodedProfile>();
        return services;
    }
}
