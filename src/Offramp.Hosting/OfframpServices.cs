using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Offramp.Core.Access;
using Offramp.Core.Assessments;
using Offramp.Core.Audit;
using Offramp.Core.Audit.Witness;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.Core.Organisations.RoleRequests;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Caseload;
using Offramp.Core.Participants.Read;
using Offramp.Core.Participants.Register;
using Offramp.Core.Participants.Search;
using Offramp.Core.Participants.Update;
using Offramp.Core.ProgramCatalogue;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Security.Tokens;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;
using Offramp.Data.Sqlite.Evaluation;
using Offramp.Hosting.Database;
using Offramp.Hosting.Demo;

namespace Offramp.Hosting;

/// <summary>Registers what the web app and the CLI share. The caller adds its own <see cref="IActor"/> and Identity flavour.</summary>
public static class OfframpServices
{
    /// <param name="services">The services to add to.</param>
    /// <param name="configuration">Where the database and the key directory are configured.</param>
    /// <param name="compiledModel">Use the SQLite model compiled ahead of time (see <see cref="DbContextSetup.Configure"/>).</param>
    public static DatabaseSettings AddOfframpCore(this IServiceCollection services, IConfiguration configuration, bool compiledModel = false)
    {
        var database = DatabaseSettings.Resolve(configuration);
        services.AddSingleton(database);
        services.AddDbContext<OfframpDbContext>((provider, options) =>
        {
            DbContextSetup.Configure(options, database, compiledModel);
            options.AddInterceptors(provider.GetRequiredService<AuditWitnessInterceptor>());
        });

        // SQLite's statement API reads the evaluation load's million-row queries without ADO.NET's string per value.
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<INativeQueryReader, SqliteQueryReader>();
        }

        // The master keys live outside the database (a stolen database is ciphertext only). Point
        // Offramp:KeyDirectory at shared storage when several web instances run.
        var keyDirectory = configuration["Offramp:KeyDirectory"] is { Length: > 0 } configured ? configured : database.DefaultKeyDirectory();
        Directory.CreateDirectory(keyDirectory);
        services.AddDataProtection().SetApplicationName("Offramp").PersistKeysToFileSystem(new DirectoryInfo(keyDirectory));

        // Signed audit heads go where a database writer cannot reach: beside the keys, or wherever Offramp:AuditWitness points.
        services.AddSingleton(WitnessLocation.Resolve(configuration["Offramp:AuditWitness"], keyDirectory));
        services.AddSingleton<HeadSigner>();
        services.AddSingleton<AuditWitness>();
        services.AddSingleton<AuditWitnessInterceptor>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<KeyRing>();
        services.AddSingleton<FieldCipher>();
        services.AddSingleton<BlindIndexer>();
        services.AddSingleton<CheckpointSigner>();
        services.AddSingleton<AuditChainWriter>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<ListAuditEvents>();
        services.AddScoped<ScopeLoader>();
        services.AddScoped<ParticipantAccess>();
        services.AddSingleton<IdentitySealer>();
        services.AddScoped<SummaryProjector>();
        services.AddScoped<StageMover>();

        services.AddScoped<RegisterReferral>();
        services.AddScoped<GetParticipantRecord>();
        services.AddScoped<ListCaseload>();
        services.AddScoped<SearchParticipants>();
        services.AddScoped<UpdateParticipantDetails>();
        services.AddScoped<RecordScreening>();
        services.AddScoped<RecordConsent>();
        services.AddScoped<WithdrawConsent>();
        services.AddScoped<ChangeStage>();
        services.AddScoped<AddTeamMember>();
        services.AddScoped<EndTeamMembership>();
        services.AddScoped<ListProgramStaff>();
        services.AddScoped<RecordJusticeEvent>();
        services.AddScoped<LogSession>();
        services.AddScoped<ManagePrograms>();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<ManageRoles>();
        services.AddScoped<ListRoleRequests>();
        services.AddScoped<ApproveRoleRequest>();
        services.AddScoped<DeclineRoleRequest>();
        services.AddScoped<WithdrawRoleRequest>();
        services.AddScoped<AccessTokens>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<ListPrograms>();

        services.AddScoped<Offramp.Core.Worklist.TaskPlanner>();
        services.AddScoped<Offramp.Core.Worklist.ListWorklist>();
        services.AddScoped<Offramp.Core.Worklist.CompleteTask>();
        services.AddScoped<Offramp.Core.Worklist.ReopenTask>();
        services.AddProgramJourney();

        services.AddProtectionFeatures();

        services.AddAssessments();
        Offramp.Core.CodedProfiles.CodedProfileServices.AddCodedProfiles(services);
        Offramp.Core.Evaluation.EvaluationServices.AddEvaluation(services);
        Offramp.Core.Evidence.EvidenceServices.AddEvidence(services);
        Offramp.Core.Library.LibraryServices.AddPracticeLibrary(services);

        services.AddScoped<DemoSeeder>();
        services.AddScoped<Demo.Hub.DemoHub>();
        services.AddScoped<Demo.Hub.DemoEvidence>();
        services.AddScoped<Demo.Hub.DemoLibrary>();
        return database;
    }
}
