using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.BreakGlass;
using Offramp.Core.Disclosure;
using Offramp.Core.Erasure;
using Offramp.Core.KeyManagement;
using Offramp.Core.Retention;
using Offramp.Core.Safeguarding;

namespace Offramp.Core.DataProtection;

/// <summary>Registers confidentiality, disclosure, break-glass and data-protection use cases.</summary>
public static class ProtectionServices
{
    public static IServiceCollection AddProtectionFeatures(this IServiceCollection services)
    {
        services.AddScoped<RaiseConcern>();
        services.AddScoped<ListConcerns>();

        services.AddScoped<StepUpGuard>();
        services.AddScoped<DisclosureSources>();
        services.AddScoped<DisclosureRegister>();
        services.AddScoped<PreviewDisclosure>();
        services.AddScoped<DecideDisclosure>();
        services.AddScoped<ApproveDisclosure>();
        services.AddScoped<CorrectDisclosure>();
        services.AddScoped<ShareDisclosureWithTeam>();
        services.AddScoped<ListDisclosures>();
        services.AddScoped<ManageDisclosurePolicy>();
        services.AddScoped<ExportDisclosureRegister>();

        services.AddScoped<RequestBreakGlass>();
        services.AddScoped<ReviewBreakGlass>();
        services.AddScoped<ListBreakGlassGrants>();

        services.AddScoped<ManageSubjectAccess>();
        services.AddScoped<ExportSubjectAccess>();
        services.AddScoped<RecordScrubber>();
        services.AddScoped<EraseParticipant>();
        services.AddScoped<ManageLegalHolds>();
        services.AddScoped<RunRetention>();
        services.AddScoped<SetRetentionRule>();
        services.AddScoped<GetDataProtection>();
        services.AddScoped<ManageRetentionRules>();
        services.AddScoped<RunOrganisationRetention>();
        services.AddScoped<FieldKeyRotation>();
        return services;
    }
}
