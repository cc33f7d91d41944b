using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Library.Hub;
using Offramp.Core.Library.Publishing;

namespace Offramp.Core.Library;

public static class LibraryServices
{
    /// <summary>The practice library: programs write and release profiles and lessons; a hub receives, browses, rates and follows them.</summary>
    public static IServiceCollection AddPracticeLibrary(this IServiceCollection services)
    {
        services.AddScoped<LibraryDrafts>();
        services.AddScoped<DraftProfile>();
        services.AddScoped<ProposeProfile>();
        services.AddScoped<ProposeLesson>();
        services.AddScoped<ReleaseLibraryItem>();
        services.AddScoped<DiscardLibraryItem>();
        services.AddScoped<ListLibraryReleases>();
        services.AddScoped<GetLibraryRelease>();
        services.AddScoped<LibraryEvidence>();
        services.AddScoped<ReceiveLibraryItem>();
        services.AddScoped<TakeInShippedProfiles>();
        services.AddScoped<BrowseLibrary>();
        services.AddScoped<GetLibraryProfile>();
        services.AddScoped<FollowLibraryProfile>();
        return services;
    }
}
