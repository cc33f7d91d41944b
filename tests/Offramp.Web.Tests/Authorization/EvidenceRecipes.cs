using System.Collections.Concurrent;
using System.Net;

using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Valid requests for the evidence endpoints (issue #12), merged into <see cref="EndpointRecipes.All"/>: proposals
/// written straight to the table (proposed by the caller, so a director may not release their own, and by the
/// evaluator for releases), and the hub's endpoints, which no persona's organisation is.
/// </summary>
public static class EvidenceRecipes
{
    private const string Evidence = "/api/v1/programs/{programId:guid}/evidence";

    /// <summary>Each successful proposal asks for another year, so two callers never collide on one period.</summary>
    private static readonly ConcurrentDictionary<MatrixScene, int> Years = new();

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        [$"GET {Evidence}/"] = new(RecordType.Program, HttpStatusCode.OK, c => Done(Route(("programId", ProgramOf(c))))),
        [$"POST {Evidence}/"] = new(RecordType.Program, HttpStatusCode.Created, c => Done(Route(("programId", ProgramOf(c))) with
        {
            Body = new ProposeEvidenceCommand { Period = (1990 + (Years.AddOrUpdate(c.Scene, 0, (_, n) => n + 1) % 30)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        })),
        [$"GET {Evidence}/{{releaseId:guid}}"] = new(RecordType.Program, HttpStatusCode.OK, c => ReleaseAsync(c, EvidenceReleaseStatus.Proposed, c.Caller)),
        [$"POST {Evidence}/{{releaseId:guid}}/release"] = new(RecordType.Program, HttpStatusCode.NoContent, async c =>
        {
            await ProtectionRecipes.StepUpIfAllowedAsync(c);
            var prepared = await ReleaseAsync(c, EvidenceReleaseStatus.Proposed, Persona.Evaluator);
            return prepared with { Body = new { Version = 1 } };
        }),
        [$"POST {Evidence}/{{releaseId:guid}}/discard"] = new(RecordType.Program, HttpStatusCode.NoContent, c => ReleaseAsync(c, EvidenceReleaseStatus.Proposed, c.Caller)),
        [$"GET {Evidence}/{{releaseId:guid}}/signed"] = new(RecordType.Program, HttpStatusCode.OK, c => ReleaseAsync(c, EvidenceReleaseStatus.Released, Persona.Evaluator)),

        ["GET /api/v1/hub/compare"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/hub/bundles"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with { Body = new { Format = SignedEvidence.FormatId } })),
        ["GET /api/v1/hub/publishers"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/hub/publishers"] = new(RecordType.None, HttpStatusCode.Created, _ => Done(PreparedRequest.Plain with
        {
            Body = new { Name = "Publisher", PublicKey = Convert.ToBase64String(new byte[32]) },
        })),
        ["POST /api/v1/hub/keys/{hubKeyId:guid}/revoke"] = new(RecordType.None, HttpStatusCode.NoContent, _ => Done(Route(("hubKeyId", Guid.NewGuid())))),
    };

    /// <summary>A proposal or release of the route's program (the other organisation's too), proposed by <paramref name="proposer"/>; a random id where there is no program.</summary>
    private static async Task<PreparedRequest> ReleaseAsync(MatrixCall c, EvidenceReleaseStatus status, Persona proposer)
    {
        var programId = ProgramOf(c);
        if (c.Kind is not (RecordKind.TeamCase or RecordKind.OtherOrganisation))
        {
            return Route(("programId", programId), ("releaseId", Guid.NewGuid()));
        }

        var organisationId = c.Kind == RecordKind.OtherOrganisation ? c.World.OtherOrganisationId : c.World.OrganisationId;
        var proposedBy = c.World.UserId(proposer);
        var releaseId = await c.World.DbAsync(async db =>
        {
            var bundle = new EvidenceBundle
            {
                BundleId = Guid.CreateVersion7(),
                Publisher = "Matrix",
                Program = new EvidenceProgramProfile(programId, "Matrix program", "prison", [], null, null, null, [], null, "Completers compared with early leavers", null),
                Period = new EvidencePeriod(EvidencePeriod.CalendarYear, 2020, 2020),
                ProducedMonth = "2026-01",
                Disclosure = new EvidenceDisclosure(10, 5, 1, 0),
                Participants = EvidenceCount.Withheld,
                Breakdowns = [],
                Metrics = [],
            };
            var release = new EvidenceRelease
            {
                Id = bundle.BundleId,
                OrganisationId = organisationId,
                ProgramId = programId,
                PeriodCode = "2020",
                Status = status,
                Document = System.Text.Encoding.UTF8.GetString(CanonicalJson.Bytes(bundle)),
                ProposedByUserId = proposedBy,
                ProposedAt = DateTimeOffset.UtcNow,
                SignedFile = status == EvidenceReleaseStatus.Released ? "{}" : null,
            };
            db.Set<EvidenceRelease>().Add(release);
            db.Audit.Record(Offramp.Core.Audit.AuditActions.EvidenceProposed, Offramp.Core.Audit.AuditEntities.EvidenceRelease, release.Id);
            await db.SaveChangesAsync();
            return release.Id;
        });
        return Route(("programId", programId), ("releaseId", releaseId));
    }

    private static Guid ProgramOf(MatrixCall c) => c.Kind switch
    {
        RecordKind.TeamCase => c.World.ProgramId,
        RecordKind.OtherCaseload => c.World.SecondProgramId,
        RecordKind.OtherOrganisation => c.World.OtherProgramId,
        _ => Guid.NewGuid(),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));
}
