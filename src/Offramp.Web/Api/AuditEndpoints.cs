using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;

namespace Offramp.Web.Api;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");

        group.MapGet("/events", async (ListAuditEvents useCase, string? participantCode, int? page, int? pageSize, CancellationToken ct) =>
                await useCase.ExecuteAsync(participantCode, page ?? 1, pageSize ?? 100, ct))
            .WithName("ListAuditEvents")
            .WithSummary("The organisation's audit trail, newest first.")
            .For(EndpointAudience.Auditor);

        group.MapGet("/verification", async (ScopeLoader scopes, AuditVerifier verifier, CancellationToken ct) =>
            {
                if (!(await scopes.GetAsync(ct)).IsAuditor)
                {
                    throw new NotFoundException();
                }

                return await verifier.VerifyAsync(ct: ct);
            })
            .WithName("VerifyAuditTrail")
            .WithSummary("Walk the hash chain and its signed checkpoints.")
            .For(EndpointAudience.Auditor);
    }
}
