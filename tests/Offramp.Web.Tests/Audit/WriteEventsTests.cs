using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;
using Offramp.Web.Api;
using Offramp.Web.Tests.Authorization;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// Every write endpoint of the API, performed once as a caller allowed to, leaves exactly the audit events written down
/// for it in write-events.txt (action and entity, in order), and nothing else. A write that forgets its event, records
/// a different one, or a new endpoint nobody wrote down fails here; the file beside the test lists what each leaves.
/// </summary>
public sealed class WriteEventsTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private static readonly string Expected = Path.Combine(AppContext.BaseDirectory, "Audit", "write-events.txt");

    [Theory]
    [BothProviders]
    public async Task Every_write_leaves_exactly_its_typed_events(DatabaseProviderKind provider)
    {
        var scene = await fixture.SceneAsync(provider);
        var problems = new List<string>();
        var left = new SortedDictionary<string, string>(StringComparer.Ordinal);

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(ApiEndpoint.All(scene.World.App.Services), problems))
        {
            // The evidence hub's writes come from a hub organisation, which the matrix scene has none of (see
            // ExpectedStatus); the hub's own tests drive them.
            if (endpoint.Method is "GET" or "HEAD" or "*" || endpoint.Audience is EndpointAudience.EvidenceHub or EndpointAudience.EvidenceHubAdmin)
            {
                continue;
            }

            if (MatrixRunner.AllowedCall(scene, endpoint, recipe) is not { } call)
            {
                problems.Add($"{endpoint}: no persona may call it, so no event can be checked");
                continue;
            }

            var prepared = await recipe.Arrange(call);
            var before = await scene.World.DbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));
            var (mismatch, _, _) = await MatrixRunner.SendPreparedAsync(scene.World.Client(call.Caller), endpoint, prepared, call, recipe.Success);
            if (mismatch is not null)
            {
                problems.Add(mismatch);
                continue;
            }

            var events = await scene.World.DbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Sequence > before)
                .OrderBy(e => e.Sequence).Select(e => e.Action + " " + e.EntityType).ToListAsync());
            left[endpoint.Key] = events.Count == 0 ? "(none)" : string.Join(", ", events);
        }

        Assert.True(left.Count > 50, $"only {left.Count} write endpoints were performed");
        var expected = File.ReadAllLines(Expected).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(Parse)
            .ToDictionary(l => l.Key, l => l.Events, StringComparer.Ordinal);
        problems.AddRange(left.Where(l => l.Value == "(none)").Select(l => $"{l.Key} left no audit event"));
        problems.AddRange(left.Where(l => !expected.TryGetValue(l.Key, out var events) || events != l.Value)
            .Select(l => $"{l.Key} left [{l.Value}], expected [{expected.GetValueOrDefault(l.Key, "not written down")}]"));
        problems.AddRange(expected.Keys.Where(k => !left.ContainsKey(k)).Select(k => $"{k} is written down but no longer an endpoint"));

        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n\nWhat each write left, to review and copy into Audit/write-events.txt:\n" + Table(left));
    }

    private static (string Key, string Events) Parse(string line)
    {
        var parts = line.Split(" => ", 2);
        return (parts[0].Trim(), parts[1].Trim());
    }

    private static string Table(IReadOnlyDictionary<string, string> left)
    {
        var table = new StringBuilder();
        foreach (var (key, events) in left)
        {
            table.Append(key).Append(" => ").AppendLine(events);
        }

        return table.ToString();
    }
}
