using System.Text.Json;

using Offramp.Core.Assessments.Certifications;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Assessments.Trajectory;
using Offramp.Web.Api.Contracts;
using Offramp.Web.Assessments;

namespace Offramp.Web.Api;

/// <summary>
/// Instruments (read by everyone in the organisation, imported and published by organisation admins), assessor
/// certifications (admins, and directors for their programs' staff), a program's assessment settings (its director)
/// and agreement statistics (director, evaluator).
/// </summary>
public static class InstrumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var instruments = api.MapGroup("/instruments").WithTags("Instruments");
        instruments.MapGet("/", async (ListInstruments useCase, CancellationToken ct) => await useCase.ExecuteAsync(ct))
            .WithName("ListInstruments")
            .WithSummary("Published instruments of the organisation (admins also see drafts).")
            .For(EndpointAudience.Self);

        instruments.MapGet("/{instrumentId:guid}", async (Guid instrumentId, ListInstruments useCase, HttpContext http, CancellationToken ct) =>
            {
                var detail = await useCase.GetAsync(instrumentId, ct);
                ETags.Set(http.Response, detail.Version);
                return detail;
            })
            .WithName("GetInstrument")
            .WithSummary("One instrument version: domains, items, scale, judgements, mapping from the previous version.")
            .ReturnsETag()
            .For(EndpointAudience.Self);

        var admin = api.MapGroup("/admin").WithTags("Instruments").RequireAuthorization(Auth.Policies.ApiWrite);
        admin.MapPost("/instruments", async (JsonElement definition, ImportInstrument useCase, CancellationToken ct) =>
            {
                var version = await useCase.ExecuteAsync(definition.GetRawText(), ct);
                return TypedResults.Created(ApiRoutes.At($"instruments/{version.Id}"), new ImportedInstrument(version.Id, version.Version));
            })
            .WithName("ImportInstrument")
            .WithSummary("Import an instrument file (see docs/instruments.md) as a draft; errors name the JSON path.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .For(EndpointAudience.OrganisationAdmin);

        admin.MapPost("/instruments/{instrumentId:guid}/publication", async (Guid instrumentId, PublishInstrument useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.ExecuteAsync(instrumentId, ETags.RequireIfMatch(http.Request), ct));
                return TypedResults.NoContent();
            })
            .WithName("PublishInstrument")
            .WithSummary("Publish a draft: from now on it can be rated and never changes (If-Match required).")
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ReturnsETag()
            .For(EndpointAudience.OrganisationAdmin);

        admin.MapPost("/certifications", async (CertificationCommand command, ManageCertifications useCase, CancellationToken ct) =>
                TypedResults.Created(ApiRoutes.At("admin/certifications"), new CreatedId(await useCase.RecordAsync(command, ct))))
            .WithName("RecordCertification")
            .WithSummary("Record an assessor certification for a user and an instrument, with its expiry (admin: anyone in the organisation; director: their programs' staff).")
            .For(EndpointAudience.CertificationManager);

        api.MapGet("/admin/certifications", async (ManageCertifications useCase, CancellationToken ct) => await useCase.ListAsync(ct))
            .WithTags("Instruments")
            .WithName("ListCertifications")
            .WithSummary("Assessor certifications the caller manages (admin: the organisation's; director: their programs' staff), with whether each is valid today.")
            .For(EndpointAudience.CertificationManager);

        var program = api.MapGroup("/programs/{programId:guid}").WithTags("Assessments");
        program.MapGet("/assessment-settings", async (Guid programId, ManageAssessmentSettings useCase, HttpContext http, CancellationToken ct) =>
            {
                var settings = await useCase.GetAsync(programId, ct);
                ETags.Set(http.Response, settings.Version);
                return settings;
            })
            .WithName("GetAssessmentSettings")
            .WithSummary("Who may rate in this program and its re-assessment rhythm (ETag \"0\" while none is set).")
            .ReturnsETag()
            .For(EndpointAudience.ProgramDirection);

        program.MapPut("/assessment-settings", async (Guid programId, AssessmentSettingsCommand command, ManageAssessmentSettings useCase, HttpContext http, CancellationToken ct) =>
            {
                ETags.Set(http.Response, await useCase.SetAsync(programId, ETags.RequireIfMatch(http.Request), command, ct));
                return TypedResults.NoContent();
            })
            .WithName("SetAssessmentSettings")
            .WithSummary("Set who may rate and the re-assessment rhythm (If-Match: the settings' ETag, \"0\" the first time).")
            .RequireAuthorization(Auth.Policies.ApiWrite)
            .RequiresIfMatch()
            .ReturnsETag()
            .For(EndpointAudience.ProgramDirection);

        program.MapGet("/assessment-agreement", async (Guid programId, string instrument, ExportProgramRatings useCase, CancellationToken ct) =>
                ProgramAgreement.Compute(await useCase.ExecuteAsync(programId, instrument, ct)))
            .WithName("GetAssessmentAgreement")
            .WithSummary("Inter-rater agreement per domain and per item over the program's assessments on an instrument (de-identified).")
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .For(EndpointAudience.ProgramEvaluation);
    }
}
