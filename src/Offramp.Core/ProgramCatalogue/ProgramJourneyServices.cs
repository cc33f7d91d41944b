using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Aftercare;
using Offramp.Core.Closure;
using Offramp.Core.FollowUp;
using Offramp.Core.Formulation;
using Offramp.Core.Mentoring;
using Offramp.Core.Network;
using Offramp.Core.Outcomes;
using Offramp.Core.Plans;
using Offramp.Core.Plans.Proposals;
using Offramp.Core.Transfers;
using Offramp.Core.Transition;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>Registers the use cases of programs, plans, mentoring, transition, follow-ups, outcomes and closure.</summary>
public static class ProgramJourneyServices
{
    public static IServiceCollection AddProgramJourney(this IServiceCollection services)
    {
        services.AddScoped<ProgramSettingsReader>();
        services.AddScoped<DefineTemplate>();
        services.AddScoped<ListTemplates>();
        services.AddScoped<ApplyTemplateToProgram>();
        services.AddScoped<ListProgramSettings>();

        services.AddScoped<WriteFormulation>();
        services.AddScoped<GetFormulation>();
        services.AddScoped<GetFormulationContent>();

        services.AddScoped<CreatePlan>();
        services.AddScoped<ReviewPlan>();
        services.AddScoped<ClosePlan>();
        services.AddScoped<GetPlan>();
        services.AddScoped<ModuleProposer>();
        services.AddScoped<ProposePlanModules>();

        services.AddScoped<RegisterMentor>();
        services.AddScoped<ListMentors>();
        services.AddScoped<ListRegistryChoices>();
        services.AddScoped<SuggestMentors>();
        services.AddScoped<MatchMentor>();
        services.AddScoped<ReviewAgreement>();
        services.AddScoped<ListAgreements>();

        services.AddScoped<SaveNetworkTie>();
        services.AddScoped<ListNetwork>();

        services.AddScoped<SaveTransitionPlan>();
        services.AddScoped<GetTransitionPlan>();
        services.AddScoped<AddAftercareTask>();

        services.AddScoped<TransferPackager>();
        services.AddScoped<PreviewTransfer>();
        services.AddScoped<ListTransferTargets>();
        services.AddScoped<ListParticipantTransfers>();
        services.AddScoped<ProposeTransfer>();
        services.AddScoped<ListTransfers>();
        services.AddScoped<DecideTransfer>();
        services.AddScoped<CloseCase>();

        services.AddScoped<FollowUpScheduler>();
        services.AddScoped<AutoStartFollowUps>();
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
