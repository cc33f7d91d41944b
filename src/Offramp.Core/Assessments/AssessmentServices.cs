using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Assessments.Alerts;
using Offramp.Core.Assessments.Certifications;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Observations;
using Offramp.Core.Assessments.Ratings;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Assessments.Trajectory;

namespace Offramp.Core.Assessments;

public static class AssessmentServices
{
    /// <summary>Instruments, assessments, ratings, consensus, observations, certifications, scheduling and trajectories.</summary>
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<ImportInstrument>();
        services.AddScoped<PublishInstrument>();
        services.AddScoped<ListInstruments>();
        services.AddScoped<ManageCertifications>();
        services.AddScoped<ListCertifiableStaff>();
        services.AddScoped<ManageAssessmentSettings>();
        services.AddScoped<AssessmentAccess>();
        services.AddScoped<OpenAssessment>();
        services.AddScoped<ListAssessments>();
        services.AddScoped<GetAssessment>();
        services.AddScoped<SubmitRatings>();
        services.AddScoped<RecordConsensus>();
        services.AddScoped<AssessmentAlerts>();
        services.AddScoped<ReassessmentPlanner>();
        services.AddScoped<RecordObservation>();
        services.AddScoped<ListObservations>();
        services.AddScoped<GetTrajectory>();
        services.AddScoped<CompareAssessments>();
        services.AddScoped<ExportProgramRatings>();
        return services;
    }
}
