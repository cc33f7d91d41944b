using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.FollowUp;
using Offramp.Core.Outcomes;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>Registers the use cases of programs, plans, mentoring, transition, follow-ups, outcomes and closure.</summary>
public static class ProgramJourneyServices
{
    public static IServiceCollection AddProgramJourney(this IServiceCollection services)
    {
        services.AddScoped<ProgramSettingsReader>();

        services.AddScoped<StartFollowUpSchedule>();
        services.AddScoped<ReanchorFollowUps>();
        services.AddScoped<RecordFollowUp>();
        services.AddScoped<ListFollowUps>();

        services.AddScoped<RecordOutcome>();
        services.AddScoped<RetractOutcome>();
        services.AddScoped<ListOutcomes>();
        return services;
    }
}
