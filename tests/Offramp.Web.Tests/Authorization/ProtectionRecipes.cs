using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.BreakGlass;
using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Core.Erasure;
using Offramp.Core.Retention;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>
/// Valid requests for the concern, disclosure, break-glass and data-protection endpoints (issue #6), merged into
/// <see cref="EndpointRecipes.All"/>. Requests expected to succeed get what they need first: a step-up for the
/// director, a register entry, a fresh case for break-glass and erasure so the shared cases keep their standing.
/// </summary>
public static class ProtectionRecipes
{
    private const string Participant = "/api/v1/participants/{id:guid}";
    private const string Entry = Participant + "/disclosures/{entryId:guid}";

    public static IReadOnlyDictionary<string, Recipe> All { get; } = new Dictionary<string, Recipe>(StringComparer.Ordinal)
    {
        [$"POST {Participant}/concerns/"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(OnCase(c) with { Body = TestWorld.NewConcern() })),
        [$"GET {Participant}/concerns/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(OnCase(c))),
        [$"GET {Participant}/disclosures/"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(OnCase(c))),
        [$"GET {Participant}/disclosures/preview"] = new(RecordType.Participant, HttpStatusCode.OK, c => Done(OnCase(c) with { Query = "fields=ParticipantCode,GivenName" })),
        [$"POST {Participant}/disclosures/"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
        {
            await StepUpIfAllowedAsync(c);
            return OnCase(c) with { Body = TestWorld.NewDisclosure() };
        }),
        [$"POST {Entry}/approval"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
        {
            await StepUpIfAllowedAsync(c);
            return OnCase(c, ("entryId", await EntryAsync(c, awaitingApproval: true))) with { Body = new DisclosureFollowUpCommand { Note = "Agreed." } };
        }),
        [$"POST {Entry}/corrections"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
        {
            await StepUpIfAllowedAsync(c);
            return OnCase(c, ("entryId", await EntryAsync(c, awaitingApproval: false))) with { Body = new DisclosureFollowUpCommand { Note = "Agency corrected." } };
        }),
        [$"POST {Entry}/team-share"] = new(RecordType.Participant, HttpStatusCode.Created, async c => OnCase(c, ("entryId", await EntryAsync(c, awaitingApproval: false)))),
        ["GET /api/v1/disclosures/register.csv"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["GET /api/v1/disclosure-policy"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["PUT /api/v1/disclosure-policy"] = new(RecordType.None, HttpStatusCode.NoContent, async c => PreparedRequest.Plain with
        {
            Body = new DisclosurePolicyCommand { Thresholds = [.. DisclosurePolicy.DefaultThresholds], Agencies = [.. DisclosurePolicy.DefaultAgencies] },
            IfMatch = await c.World.DbAsync(async db => await db.Set<DisclosurePolicy>().Where(p => p.OrganisationId == c.World.OrganisationId)
                .Select(p => (int?)p.Version).SingleOrDefaultAsync() ?? 1),
        }),

        [$"POST {Participant}/break-glass"] = new(RecordType.Participant, HttpStatusCode.Created, async c =>
        {
            await StepUpIfAllowedAsync(c);
            var record = c.ExpectSuccess ? await c.Scene.FreshCaseAsync(c.Kind, Stage.Referred) : c.Scene.Case(c.Kind);
            return Route(("id", record.ParticipantId)) with { Body = new BreakGlassRequestCommand { Reason = "Emergency call out of hours.", Minutes = 30 } };
        }),
        ["GET /api/v1/break-glass/"] = new(RecordType.None, HttpStatusCode.OK, _ => Done(PreparedRequest.Plain)),
        ["POST /api/v1/break-glass/{grantId:guid}/review"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c => Route(("grantId", await GrantAsync(c))) with
        {
            Body = new ReviewBreakGlassCommand { Outcome = BreakGlassReview.Accepted },
            IfMatch = 1,
        }),

        [$"POST {Participant}/subject-access/"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(OnCase(c) with { Body = new { ReceivedOn = TestWorld.DaysAgo(2) } })),
        [$"POST {Participant}/subject-access/{{requestId:guid}}/approval"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
            OnCase(c, ("requestId", await AccessRequestAsync(c, approved: false))) with { IfMatch = 1 }),
        [$"GET {Participant}/subject-access/{{requestId:guid}}/export"] = new(RecordType.Participant, HttpStatusCode.OK, async c =>
            OnCase(c, ("requestId", await AccessRequestAsync(c, approved: true)))),
        [$"POST {Participant}/legal-holds"] = new(RecordType.Participant, HttpStatusCode.Created, c => Done(OnCase(c) with { Body = new LegalHoldCommand { Reason = "Court order 2026/1" } })),
        [$"DELETE {Participant}/legal-holds/{{holdId:guid}}"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
            OnCase(c, ("holdId", await HoldAsync(c))) with { IfMatch = 1 }),
        [$"POST {Participant}/erasure"] = new(RecordType.Participant, HttpStatusCode.NoContent, async c =>
        {
            await StepUpIfAllowedAsync(c);
            var record = c.ExpectSuccess ? await c.Scene.FreshCaseAsync(c.Kind, Stage.Referred) : c.Scene.Case(c.Kind);
            return Route(("id", record.ParticipantId)) with { Body = new EraseParticipantCommand { Reference = "DSR-1", RequestVerified = true } };
        }),
    };

    private static Task<PreparedRequest> Done(PreparedRequest request) => Task.FromResult(request);

    private static PreparedRequest Route(params (string Name, object Value)[] values) => new(values.ToDictionary(v => v.Name, v => v.Value));

    private static PreparedRequest OnCase(MatrixCall c, params (string Name, object Value)[] more) =>
        Route([("id", c.Scene.Case(c.Kind).ParticipantId), .. more]);

    internal static async Task StepUpIfAllowedAsync(MatrixCall c)
    {
        if (c.ExpectSuccess)
        {
            await c.World.RecordStepUpAsync(c.World.UserId(c.Caller));
        }
    }

    /// <summary>A disclosure on the case decided by someone else (so the caller may approve it); a random id for missing cases.</summary>
    private static Task<Guid> EntryAsync(MatrixCall c, bool awaitingApproval) => OnRealCaseAsync(c, async (db, p) =>
    {
        var entry = new DisclosureEntry
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            Kind = DisclosureEntryKind.Disclosure,
            RequiresApproval = awaitingApproval,
            RecordedByUserId = Guid.NewGuid(),
            RecordedAt = DateTimeOffset.UtcNow,
        };
        db.Set<DisclosureEntry>().Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    private static Task<Guid> GrantAsync(MatrixCall c) => OnRealCaseAsync(c, async (db, p) =>
    {
        var grant = new BreakGlassGrant
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            UserId = Guid.NewGuid(),
            GrantedAt = DateTimeOffset.UtcNow.AddHours(-2),
            ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1),
        };
        db.Set<BreakGlassGrant>().Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    });

    private static Task<Guid> AccessRequestAsync(MatrixCall c, bool approved) => OnRealCaseAsync(c, async (db, p) =>
    {
        var request = new SubjectAccessRequest
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            ReceivedOn = TestWorld.DaysAgo(3),
            RequestedByUserId = Guid.NewGuid(),
            RequestedAt = DateTimeOffset.UtcNow,
            ApprovedAt = approved ? DateTimeOffset.UtcNow : null,
        };
        db.Set<SubjectAccessRequest>().Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    });

    private static Task<Guid> HoldAsync(MatrixCall c) => OnRealCaseAsync(c, async (db, p) =>
    {
        var hold = new LegalHold { OrganisationId = p.OrganisationId, ParticipantId = p.Id, Reason = "Inquiry", PlacedAt = DateTimeOffset.UtcNow };
        db.Set<LegalHold>().Add(hold);
        await db.SaveChangesAsync();
        return hold.Id;
    });

    private static async Task<Guid> OnRealCaseAsync(MatrixCall c, Func<Offramp.Core.Data.OfframpDbContext, Offramp.Core.Participants.Participant, Task<Guid>> create)
    {
        if (c.Kind == RecordKind.Nonexistent)
        {
            return Guid.NewGuid();
        }

        var id = c.Scene.Case(c.Kind).ParticipantId;
        return await c.World.DbAsync(async db => await create(db, await db.Participants.AsNoTracking().SingleAsync(p => p.Id == id)));
    }
}

/// <summary>The expected statuses of the issue #6 audiences.</summary>
public static class ProtectionOracle
{
    private static readonly Persona[] NeverReadCases = [Persona.Evaluator, Persona.OrganisationAdmin, Persona.Auditor];

    public static HttpStatusCode EmergencyAccess(RecordKind kind, Persona caller, HttpStatusCode success) => kind switch
    {
        RecordKind.Nonexistent => HttpStatusCode.NotFound,
        RecordKind.OtherOrganisation => caller == Persona.OtherOrganisationDirector ? HttpStatusCode.Conflict : HttpStatusCode.NotFound,
        _ when caller == Persona.OtherOrganisationDirector => HttpStatusCode.NotFound,
        _ when NeverReadCases.Contains(caller) => HttpStatusCode.NotFound,
        _ when AccessOracle.Sees(kind, caller) => HttpStatusCode.Conflict,
        _ => success,
    };

    public static HttpStatusCode AnyDirector(Persona caller, HttpStatusCode success) =>
        caller is Persona.Director or Persona.OtherOrganisationDirector ? success : HttpStatusCode.NotFound;

    public static HttpStatusCode DirectorReview(RecordKind kind, Persona caller, HttpStatusCode success) =>
        AccessOracle.Directs(kind, caller) ? success : HttpStatusCode.NotFound;
}
