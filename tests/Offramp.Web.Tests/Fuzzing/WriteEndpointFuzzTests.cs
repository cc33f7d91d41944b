using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

using CsCheck;

using Offramp.TestSupport;

using Xunit.Abstractions;

namespace Offramp.Web.Tests.Fuzzing;

/// <summary>
/// Property: whatever body reaches a write endpoint, the app never answers 5xx, and whatever it accepts leaves only rows
/// that validate (<see cref="RowValidity"/>). Every POST, PUT, PATCH and DELETE of /openapi/v1.json is driven with bodies
/// CsCheck generates from its schema (<see cref="SchemaBodies"/>), by a persona its audience admits, with real ids in the
/// path and If-Match where the endpoint asks for it. The run is deterministic for a seed (OFFRAMP_FUZZ_SEED, printed on
/// failure); OFFRAMP_FUZZ_ITERATIONS sets the requests per endpoint.
/// <para>
/// So that the property is not vacuous, every endpoint must have been reached beyond authentication and lookup at least
/// once: a 2xx, or an answer only the use case gives (409, 412, 422).
/// </para>
/// </summary>
public sealed class WriteEndpointFuzzTests(ITestOutputHelper output)
{
    private const string DefaultSeed = "0fuzzOfframp";

    private static readonly HashSet<HttpStatusCode> ReachedUseCase = [HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed, HttpStatusCode.UnprocessableEntity];

    [Theory]
    [BothProviders]
    public async Task Generated_hostile_bodies_never_get_a_5xx_and_leave_only_valid_rows(DatabaseProviderKind provider)
    {
        var seed = Environment.GetEnvironmentVariable("OFFRAMP_FUZZ_SEED") is { Length: > 0 } s ? s : DefaultSeed;
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("OFFRAMP_FUZZ_ITERATIONS"), out var n) ? n : 16;
        await using var world = await TestWorld.CreateAsync(provider);
        var scene = await FuzzScene.CreateAsync(world);
        var document = JsonNode.Parse(await (await world.AnonymousClient().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!.AsObject();
        var bodies = new SchemaBodies(document["components"]!["schemas"]!.AsObject(), scene.Ids, FuzzScene.FlagNames);
        var operations = Order(WriteOperation.From(document));
        Assert.True(operations.Count >= 60, $"Only {operations.Count} write operations in the OpenAPI document.");

        var pcg = PCG.Parse(seed);
        var failures = new List<string>();
        var statuses = new Dictionary<string, Dictionary<int, int>>();
        var lastAnswers = new Dictionary<string, string>();
        var undeclared = new Dictionary<string, string>();
        var started = DateTime.UtcNow;
        foreach (var operation in operations)
        {
            await StepUpEveryoneAsync(world);
            var caller = scene.ClientFor(operation);
            var participant = await scene.ParticipantForAsync(operation);
            var counts = statuses[operation.Key] = [];
            var needsIfMatch = false;
            var gen = bodies.Body(operation.BodySchema, Example(operation));
            var pathPicks = Gen.Int[0, 1000].Array[operation.PathParameters.Count];
            for (var i = 0; i < iterations; i++)
            {
                var caseSeed = pcg.ToString();
                var body = gen.Generate(pcg, null, out _);
                var url = Url(operation, pathPicks.Generate(pcg, null, out _), scene, participant);
                using var request = new HttpRequestMessage(operation.Method, url);
                var json = body?.ToJsonString();
                if (operation.BodySchema is not null)
                {
                    request.Content = new StringContent(json ?? "null", Encoding.UTF8, "application/json");
                }

                if (needsIfMatch)
                {
                    request.Headers.TryAddWithoutValidation("If-Match", $"\"{await scene.VersionForAsync(caller, url, participant)}\"");
                }

                using var response = await caller.SendAsync(request);
                var status = (int)response.StatusCode;
                counts[status] = counts.GetValueOrDefault(status) + 1;
                var answer = await response.Content.ReadAsStringAsync();
                lastAnswers[operation.Key] = $"{status} {Clip(answer)}";
                if (status < 500 && !operation.DeclaredStatuses.Contains(status))
                {
                    undeclared.TryAdd($"{operation.Key} {status}", $"{status} from {operation.Key}, not among the answers the OpenAPI document declares ({string.Join(", ", operation.DeclaredStatuses.Order())}), e.g. {Clip(answer)}");
                }

                if (status >= 500)
                {
                    failures.Add($"{status} from {operation.Method} {url} as {scene.CallerFor(operation)} (case seed {caseSeed}): {Clip(json)} -> {Clip(answer)}");
                }
                else if (response.StatusCode == HttpStatusCode.PreconditionRequired && !needsIfMatch)
                {
                    needsIfMatch = true;
                    i--;
                }
                else if (response.StatusCode == HttpStatusCode.Created)
                {
                    scene.Harvest(operation, answer);
                }
            }
        }

        var elapsed = DateTime.UtcNow - started;
        var rows = await RowValidity.ProblemsAsync(world);
        foreach (var (key, counts) in statuses)
        {
            output.WriteLine($"{key}: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}x{c.Value}"))}");
        }

        var total = statuses.Values.Sum(c => c.Values.Sum());
        var reached = statuses.Values.Sum(c => c.Where(kv => kv.Key is >= 200 and < 300 || ReachedUseCase.Contains((HttpStatusCode)kv.Key)).Sum(kv => kv.Value));
        output.WriteLine($"{provider}: {total} requests on {operations.Count} endpoints in {elapsed.TotalSeconds:0} s; {reached} reached a use case; seed {seed}");
        // Role-request decisions are made by one named approver on one pending request that the fuzz's personas do not
        // create; SeparationOfDuties.RoleGrantTests drive approval, decline and withdrawal. Here they still must never 5xx.
        var neverReached = statuses.Where(s => !s.Key.Contains("/role-requests/", StringComparison.Ordinal)).Where(s => !s.Value.Keys.Any(k => k is >= 200 and < 300 || ReachedUseCase.Contains((HttpStatusCode)k))).Select(s => $"{s.Key} (last answer {lastAnswers.GetValueOrDefault(s.Key)})").ToList();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Seed {seed} ({iterations} requests per endpoint); rerun with OFFRAMP_FUZZ_SEED={seed}.");
        AppendSection(report, "Server errors", failures);
        AppendSection(report, "Rows that do not validate after the run", rows);
        AppendSection(report, "Answers the OpenAPI document does not declare", [.. undeclared.Values]);
        AppendSection(report, "Endpoints never reached beyond authentication and lookup", neverReached);
        Assert.True(failures.Count == 0 && rows.Count == 0 && neverReached.Count == 0 && undeclared.Count == 0, report.ToString());
    }

    /// <summary>Endpoints that create records run first, so those that act on them find ids; deletions run last.</summary>
    private static List<WriteOperation> Order(IReadOnlyList<WriteOperation> operations) =>
        [.. operations.OrderBy(o => o.Method == HttpMethod.Delete ? 2 : o.PathParameters.Any(FuzzScene.IsCreatedByTheRun) ? 1 : 0)
            .ThenBy(o => o.PathParameters.Count)
            .ThenBy(o => o.Template, StringComparer.Ordinal)
            .ThenBy(o => o.Method.Method, StringComparer.Ordinal)];

    /// <summary>The URL with real ids: the endpoint's participant for {id}, its own record, or one of the pool's ids of that name.</summary>
    private static string Url(WriteOperation operation, int[] picks, FuzzScene scene, Guid participant)
    {
        var url = operation.Template;
        for (var i = 0; i < operation.PathParameters.Count; i++)
        {
            var name = operation.PathParameters[i];
            var candidates = scene.CandidatesFor(name, participant);
            var value = candidates.Count == 0 ? Guid.Empty : candidates[picks[i] % candidates.Count];
            url = url.Replace($"{{{name}}}", value.ToString(), StringComparison.Ordinal);
        }

        return url;
    }

    /// <summary>Bodies the schema cannot describe (the instrument import takes any JSON): start from the shipped example.</summary>
    private static JsonObject? Example(WriteOperation operation) =>
        operation.Template == "/api/v1/admin/instruments" ? TestWorld.OpenInstrument(name: "Fuzzed instrument") : null;

    /// <summary>Endpoints that need a fresh authenticator code find one recorded, so requests reach their validation.</summary>
    private static async Task StepUpEveryoneAsync(TestWorld world)
    {
        foreach (var persona in Enum.GetValues<Persona>())
        {
            await world.RecordStepUpAsync(world.UserId(persona));
        }
    }

    private static void AppendSection(StringBuilder report, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"{title} ({lines.Count}):");
        foreach (var line in lines.Take(40))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }
    }

    private static string Clip(string? text) => text is null ? "(no body)" : text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";
}
