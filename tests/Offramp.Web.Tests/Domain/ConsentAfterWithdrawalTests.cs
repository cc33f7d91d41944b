using Microsoft.EntityFrameworkCore;

using Offramp.TestSupport;
using Offramp.Web.Tests.Authorization;

namespace Offramp.Web.Tests.Domain;

/// <summary>
/// Every write on one participant, performed by a caller allowed to once that participant has withdrawn consent,
/// answers as consent-after-withdrawal.txt says: 409 for new case work, or the success of the few writes that stay lawful
/// (each with its reason in the file). A write that forgets the consent guard, or a new one nobody decided on, fails.
/// </summary>
public sealed class ConsentAfterWithdrawalTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private static readonly string Decided = Path.Combine(AppContext.BaseDirectory, "Domain", "consent-after-withdrawal.txt");

    [Theory]
    [BothProviders]
    public async Task Every_write_on_a_participant_who_withdrew_answers_as_decided(DatabaseProviderKind provider)
    {
        var scene = await fixture.SceneAsync(provider);
        var problems = new List<string>();
        var answers = new SortedDictionary<string, int>(StringComparer.Ordinal);

        foreach (var (endpoint, recipe) in MatrixRunner.WithRecipes(ApiEndpoint.All(scene.World.App.Services), problems))
        {
            if (endpoint.Method is "GET" or "HEAD" or "*" || !endpoint.Pattern.StartsWith("/api/v1/participants/{id:guid}", StringComparison.Ordinal)
                || MatrixRunner.AllowedCall(scene, endpoint, recipe) is not { } call)
            {
                continue;
            }

            var prepared = await recipe.Arrange(call);
            var participant = Guid.Parse(prepared.Route["id"].ToString()!);
            // Straight to the column, as a withdrawal leaves it, without moving the record's version the request carries;
            // put back afterwards, because the scene's shared cases serve the recipes that follow.
            var withdrawn = await scene.World.DbAsync(db => db.Participants.Where(p => p.Id == participant).Select(p => p.ConsentWithdrawn).SingleAsync());
            await SetWithdrawnAsync(scene, participant, true);
            using (var request = MatrixRequests.Build(endpoint, prepared))
            using (var response = await scene.World.Client(call.Caller).SendAsync(request))
            {
                answers[endpoint.Key] = (int)response.StatusCode;
            }

            await SetWithdrawnAsync(scene, participant, withdrawn);
        }

        Assert.True(answers.Count > 30, $"only {answers.Count} participant writes were performed");
        var decided = File.ReadAllLines(Decided).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)
            .Select(l => l.Split(" => ")).ToDictionary(p => p[0].Trim(), p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        problems.AddRange(answers.Where(a => decided.GetValueOrDefault(a.Key) != a.Value)
            .Select(a => $"{a.Key} answered {a.Value}, decided {(decided.TryGetValue(a.Key, out var d) ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nothing")}"));
        problems.AddRange(decided.Keys.Where(k => !answers.ContainsKey(k)).Select(k => $"{k} is decided but was not performed"));

        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n\nWhat each write answered:\n" + string.Join('\n', answers.Select(a => $"{a.Key} => {a.Value}")));
    }

    private static Task<int> SetWithdrawnAsync(MatrixScene scene, Guid participant, bool withdrawn) =>
        scene.World.DbAsync(db => db.Participants.Where(p => p.Id == participant).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConsentWithdrawn, withdrawn)));
}
