using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Worklist;
using Offramp.TestSupport;
using Offramp.Web.Api;

namespace Offramp.Web.Tests.Fuzzing;

/// <summary>
/// The records the fuzz needs so that generated requests reach the use cases: a participant in intervention with a team,
/// formulation, plan, session, justice event, assessment, mentoring agreement, outcome and concern; who may call each
/// endpoint (from the endpoint's declared audience); and the version to send as If-Match.
/// Endpoints that end a case (erasure, closure, withdrawal, transfer, stage changes) get a participant of their own.
/// </summary>
public sealed partial class FuzzScene
{
    private static readonly string[] CaseEnding = ["/erasure", "/closure", "/consents/withdrawal", "/transfers", "/stage"];

    private readonly Dictionary<string, Guid> ownParticipants = [];
    private readonly Dictionary<Guid, Dictionary<string, Guid>> ownRecords = [];
    private readonly Dictionary<Guid, Type> versionedTypes = [];
    private readonly Dictionary<string, EndpointAudience?> audiences;

    private FuzzScene(TestWorld world, Guid participant)
    {
        World = world;
        Participant = participant;
        audiences = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                (Key: $"{m} {Constraint().Replace(e.RoutePattern.RawText!, "{$1}").TrimEnd('/')}", e.Metadata.GetMetadata<AudienceMetadata>()?.Audience)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Audience);
    }

    public TestWorld World { get; }

    public Guid Participant { get; }

    public IdPool Ids { get; } = new();

    /// <summary>The admin of an evidence hub organisation: no persona works at one.</summary>
    public HttpClient? HubAdmin { get; private set; }

    public static async Task<FuzzScene> CreateAsync(TestWorld world)
    {
        var p = (await world.ParticipantInInterventionAsync()).Id;
        var scene = new FuzzScene(world, p);
        var ids = scene.Ids;
        ids.Add("id", p);
        ids.Add("participantId", p);
        ids.Add("programId", world.ProgramId);
        ids.Add("siteId", world.SiteId);
        foreach (var persona in new[] { Persona.CaseworkerA, Persona.Psychologist, Persona.Mentor, Persona.FaithCounsellor, Persona.Director })
        {
            ids.Add("userId", world.UserId(persona));
        }

        await world.AddToTeamAsync(p, Persona.Psychologist);
        await world.AddToTeamAsync(p, Persona.Mentor);
        ids.Add("memberId", await world.AddToTeamAsync(p, Persona.FaithCounsellor));
        await world.WriteFormulationAsync(p);
        ids.Add("planId", await world.CreatePlanAsync(p, TestWorld.NewPlan(TestWorld.DaysAgo(20), "Engagement")));
        ids.Add("sessionId", await world.LogSessionAsync(p, Persona.CaseworkerA));
        ids.Add("eventId", await world.AddJusticeEventAsync(p, JusticeEventKind.Arrest, TestWorld.DaysAgo(400)));
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        ids.Add("instrumentId", instrument);
        ids.Add("instrumentId", await world.ImportInstrumentAsync(TestWorld.OpenInstrument(), publish: false));
        ids.Add("assessmentId", await world.OpenAssessmentAsync(p, instrument));
        await world.EnsureCodebookAsync();
        ids.Add("codebookId", await world.ImportCodebookDraftAsync("2.0"));
        await world.RegisterMentorAsync();
        ids.Add("agreementId", await world.MatchMentorAsync(p, TestWorld.DaysAgo(5)));
        ids.Add("outcomeId", await world.RecordOutcomeAsync(p, TestWorld.NewOutcome(OutcomeType.Employment, TestWorld.DaysAgo(3))));
        ids.Add("concernId", await world.RaiseConcernAsync(p));
        // One disclosure entry for the routes that act on an entry (approval, corrections, team share). Left to the run,
        // whether any generated disclosure passed validation depended on the random stream, which any change to the
        // OpenAPI document shifts: one such change left those three routes never reached.
        var disclosure = await (await world.SendDisclosureAsync(p, TestWorld.NewDisclosure(), stepUpCode: await world.FreshStepUpCodeAsync(Persona.Director))
            .ExpectAsync(HttpStatusCode.Created)).ReadJsonAsync<DisclosureDecision>();
        ids.Add("entryId", disclosure.EntryId);
        ids.Add("tokenId", (await world.CreateTokenAsync(Persona.CaseworkerA, allowWrite: false)).Id);
        // Route ids of users whose roles the fuzz may change: never the personas, whose scope the other endpoints rely on.
        var grantee = await world.CreateUserAsync("Fuzz grantee");
        ids.Add("grantableUserId", grantee);

        // Transfers go to the second program, which the director also directs here, so proposals can be decided.
        ids.Add("targetProgramId", world.SecondProgramId);
        await world.GrantRoleAsync(world.UserId(Persona.Director), Core.Access.Role.ProgramDirector, world.SecondProgramId);
        ids.Add("assignmentId", await world.GrantRoleAsync(grantee, Core.Access.Role.Caseworker, world.ProgramId));
        await scene.AddEvidenceAsync();
        foreach (var task in await world.DbAsync(db => db.Set<CaseTask>().AsNoTracking().Where(t => t.ParticipantId == p).Select(t => t.Id).ToListAsync()))
        {
            ids.Add("taskId", task);
        }

        return scene;
    }

    /// <summary>The client that calls the endpoint: the hub's admin for the hub, else the persona <see cref="CallerFor"/> names.</summary>
    public HttpClient ClientFor(WriteOperation operation) =>
        audiences.GetValueOrDefault(operation.Key) is EndpointAudience.EvidenceHub or EndpointAudience.EvidenceHubAdmin ? HubAdmin! : World.Client(CallerFor(operation));

    /// <summary>Who calls the endpoint: a persona its declared audience admits.</summary>
    public Persona CallerFor(WriteOperation operation) => audiences.GetValueOrDefault(operation.Key) switch
    {
        EndpointAudience.Director or EndpointAudience.AnyDirector or EndpointAudience.DirectorReview or EndpointAudience.ProgramDirection
            or EndpointAudience.ConsensusChair or EndpointAudience.ProgramEvaluation => Persona.Director,
        EndpointAudience.OrganisationAdmin or EndpointAudience.CertificationManager or EndpointAudience.ProgramSettings => Persona.OrganisationAdmin,
        EndpointAudience.Auditor => Persona.Auditor,
        EndpointAudience.EmergencyAccess => Persona.CaseworkerB,
        EndpointAudience.AssessmentRater => Persona.Psychologist,
        _ => Persona.CaseworkerA,
    };

    /// <summary>
    /// Evidence: proposals of the main program made by the evaluator (so the director may release or discard them), and
    /// a hub with its admin and one registered key (so a revocation finds it).
    /// </summary>
    private async Task AddEvidenceAsync()
    {
        var world = World;
        for (var i = 0; i < 3; i++)
        {
            Ids.Add("releaseId", await world.DbAsync(async db =>
            {
                var bundle = new Core.Evidence.Bundles.EvidenceBundle
                {
                    BundleId = Guid.CreateVersion7(),
                    Publisher = "Fuzz",
                    Program = new Core.Evidence.Bundles.EvidenceProgramProfile(world.ProgramId, "Fuzz", "prison", [], null, null, null, [], null, "Completers compared with early leavers", null),
                    Period = new Core.Evidence.Bundles.EvidencePeriod(Core.Evidence.Bundles.EvidencePeriod.CalendarYear, 2000 + i, 2000 + i),
                    ProducedMonth = "2026-01",
                    Disclosure = new Core.Evidence.Bundles.EvidenceDisclosure(10, 5, 1, 0),
                    Participants = Core.Evidence.Bundles.EvidenceCount.Withheld,
                    Breakdowns = [],
                    Metrics = [],
                };
                var release = new Core.Evidence.Publishing.EvidenceRelease
                {
                    Id = bundle.BundleId,
                    OrganisationId = world.OrganisationId,
                    ProgramId = world.ProgramId,
                    PeriodCode = bundle.Period.Code,
                    Status = Core.Evidence.Publishing.EvidenceReleaseStatus.Proposed,
                    Document = System.Text.Encoding.UTF8.GetString(Core.Evidence.Signing.CanonicalJson.Bytes(bundle)),
                    ProposedByUserId = world.UserId(Persona.Evaluator),
                    ProposedAt = DateTimeOffset.UtcNow,
                };
                db.Set<Core.Evidence.Publishing.EvidenceRelease>().Add(release);
                db.Audit.Record(Core.Audit.AuditActions.EvidenceProposed, Core.Audit.AuditEntities.EvidenceRelease, release.Id);
                await db.SaveChangesAsync();
                return release.Id;
            }));
        }

        var hubId = await world.DbAsync(async db =>
        {
            var hub = new Core.Organisations.Organisation { Name = $"Fuzz hub {Guid.NewGuid():N}", IsEvidenceHub = true };
            db.Organisations.Add(hub);
            await db.SaveChangesAsync();
            return hub.Id;
        });
        var admin = await world.CreateUserAsync("Fuzz hub admin", hubId);
        await world.GrantRoleAsync(admin, Core.Access.Role.OrganisationAdmin, null, hubId);
        HubAdmin = world.App.CreateApiClient((await world.CreateTokenAsync(admin, allowWrite: true)).Secret);
        var publicKey = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519).PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
        var publisher = await (await HubAdmin.SendJsonAsync(HttpMethod.Post, "/api/v1/hub/publishers", new { Name = "Fuzz publisher", PublicKey = Convert.ToBase64String(publicKey) })
            .ExpectAsync(HttpStatusCode.Created)).ReadCreatedIdAsync();
        Ids.Add("publisherId", publisher);
        Ids.Add("hubKeyId", await world.DbAsync(db => db.Set<Core.Evidence.Hub.HubPublisherKey>().Where(k => k.PublisherId == publisher).Select(k => k.Id).SingleAsync()));
    }

    /// <summary>The pool a route parameter draws from: user ids in routes are those whose roles may change.</summary>
    public static string PoolOf(string routeParameter) => routeParameter == "userId" ? "grantableUserId" : routeParameter;

    /// <summary>The names of a [Flags] enum of the domain with this name, which the OpenAPI document shows as a plain string.</summary>
    public static string[]? FlagNames(string schemaName) =>
        typeof(Entity).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.Name == schemaName && t.IsDefined(typeof(FlagsAttribute), false)) is { } type
            ? [.. Enum.GetNames(type).Where(n => n != "None")]
            : null;

    /// <summary>The participant an endpoint works on: the shared one, or its own for endpoints that end a case.</summary>
    public async Task<Guid> ParticipantForAsync(WriteOperation operation)
    {
        if (!CaseEnding.Any(e => operation.Template.EndsWith(e, StringComparison.Ordinal)))
        {
            return Participant;
        }

        if (!ownParticipants.TryGetValue(operation.Key, out var own))
        {
            own = ownParticipants[operation.Key] = (await World.ParticipantInInterventionAsync()).Id;
            if (operation.Template.Contains("{planId}", StringComparison.Ordinal))
            {
                // Closing a plan needs a plan of that participant: a plan of the shared one answers 404 whatever the body.
                ownRecords[own] = new() { ["planId"] = await World.CreatePlanAsync(own, TestWorld.NewPlan(TestWorld.DaysAgo(20), "Engagement")) };
            }
        }

        return own;
    }

    /// <summary>The ids a route parameter may take for this participant: its own record where it has one, else the pool's.</summary>
    public IReadOnlyList<Guid> CandidatesFor(string routeParameter, Guid participant) =>
        routeParameter == "id" ? [participant]
        : ownRecords.TryGetValue(participant, out var records) && records.TryGetValue(routeParameter, out var record) ? [record]
        : Ids.For(PoolOf(routeParameter));

    /// <summary>
    /// The version for If-Match: the ETag of a GET on the same URL when there is one, else the version of the record
    /// the URL names last, else the participant's.
    /// </summary>
    public async Task<int> VersionForAsync(HttpClient client, string url, Guid participant)
    {
        using (var get = await client.GetAsync(url))
        {
            if (get.StatusCode == HttpStatusCode.OK && get.Headers.ETag is { } tag && int.TryParse(tag.Tag.Trim('"'), out var version))
            {
                return version;
            }
        }

        var last = url.Split('/').Select(s => Guid.TryParse(s, out var g) ? g : (Guid?)null).LastOrDefault(g => g is not null);
        return last is { } id && await VersionOfAsync(id) is { } found ? found : await World.VersionOfAsync(participant);
    }

    /// <summary>Adds the id(s) a 201 answered with to the pool, under the name the routes use for that kind of record.</summary>
    public void Harvest(WriteOperation operation, string responseBody)
    {
        if (CreatedName(operation.Template) is not { } name || responseBody.Length == 0 || responseBody[0] != '{')
        {
            return;
        }

        var body = JsonNode.Parse(responseBody)!.AsObject();
        foreach (var key in new[] { "id", name })
        {
            if (body[key] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out var guid))
            {
                Ids.Add(name, guid);
            }
        }

        foreach (var item in (body["ids"] as JsonArray ?? []).OfType<JsonValue>())
        {
            if (item.TryGetValue<string>(out var each) && Guid.TryParse(each, out var g))
            {
                Ids.Add(name, g);
            }
        }
    }

    /// <summary>Whether a route parameter names a record only the run itself creates (so the endpoint runs after its creator).</summary>
    public static bool IsCreatedByTheRun(string routeParameter) =>
        routeParameter is "grantId" or "transferId" or "entryId" or "requestId" or "holdId" or "tieId" or "followUpId";

    private static string? CreatedName(string template) => template.Split('/')[^1] switch
    {
        "sessions" => "sessionId",
        "justice-events" => "eventId",
        "network" => "tieId",
        "outcomes" => "outcomeId",
        "legal-holds" => "holdId",
        "subject-access" => "requestId",
        "mentoring-agreements" => "agreementId",
        "plan" => "planId",
        "assessments" => "assessmentId",
        "disclosures" => "entryId",
        "break-glass" => "grantId",
        "transfers" => "transferId",
        "team" => "memberId",
        "users" => "grantableUserId",
        "roles" => "assignmentId",
        "instruments" => "instrumentId",
        "schedule" => "followUpId",
        "concerns" => "concernId",
        "aftercare-tasks" => "taskId",
        _ => null,
    };

    private async Task<int?> VersionOfAsync(Guid id)
    {
        await using var scope = World.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var candidates = versionedTypes.TryGetValue(id, out var known)
            ? [known]
            : db.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.BaseType is null).Select(t => t.ClrType).ToList();
        foreach (var type in candidates)
        {
            var set = (IQueryable<Entity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
            if (await set.AsNoTracking().Where(e => e.Id == id).Select(e => (int?)e.Version).FirstOrDefaultAsync() is { } version)
            {
                versionedTypes[id] = type;
                return version;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial Regex Constraint();
}
