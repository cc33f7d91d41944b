using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;

namespace Offramp.Core.Evidence;

public static class EvidenceServices
{
    /// <summary>Publishing evidence bundles (propose, review, release, sign) and receiving them at a hub (register, accept, compare, pool).</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddScoped<PublishingKeys>();
        services.AddScoped<EvidenceInputs>();
        services.AddScoped<EvidenceCodedBreakdowns>();
        services.AddScoped<ProposeEvidenceBundle>();
        services.AddScoped<ReleaseEvidenceBundle>();
        services.AddScoped<DiscardEvidenceProposal>();
        services.AddScoped<ListEvidenceReleases>();
        services.AddScoped<GetEvidenceRelease>();
        services.AddScoped<HubAccess>();
        services.AddScoped<RegisterHubPublisher>();
        services.AddScoped<RevokeHubKey>();
        services.AddScoped<ListHubPublishers>();
        services.AddScoped<ReceiveEvidenceBundle>();
        services.AddScoped<CompareEvidence>();
        services.AddScoped<HubStrataReader>();
        services.AddSingleton<HubComparisons>();
        return services;
    }
}
