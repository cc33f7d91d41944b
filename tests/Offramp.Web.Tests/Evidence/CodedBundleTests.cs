using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.TestSupport;
using Offramp.Web.Tests.Evaluation;

using static Offramp.Web.Tests.Evidence.EvidenceScenario;

namespace Offramp.Web.Tests.Evidence;

/// <summary>
/// Bundles broken down by a coded-profile field ("exit status at entry"): each category counted exactly, through the
/// same disclosure control as gender and age, so no subtraction of released figures gives a small group away; and at
/// the hub, programs compared category by category, so evaluators can ask what works for whom.
/// </summary>
public sealed class CodedBundleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string ExitStatus = "exit-status-at-entry";
    private const string Dimension = "coded." + ExitStatus;

    private static readonly string[] Categories = ["engaged", "doubting", "disengaged", "unknown"];

    [Theory]
    [BothProviders]
    public async Task A_bundle_broken_down_by_a_coded_field_counts_each_group_exactly_and_gives_no_small_one_away(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var codebook = await world.EnsureCodebookAsync();
        var (program, director, people) = await CodedProgramAsync(world, "Coded differencing");
        var expected = await CodeExitStatusAsync(world, codebook, people);
        await world.DbAsync(db => db.Organisations.Where(o => o.Id == world.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.EvidenceRoundingBase, 1)));
        try
        {
            // Everything so far first, then the years inside it, each protected against what was released before it.
            var released = new List<EvidenceBundle>();
            foreach (var period in new[] { "all", "2024", "2025" })
            {
                released.Add(await ProposeAndReleaseAsync(world, program, director, period, ExitStatus));
            }

            var cumulative = released[0];
            var declared = Assert.Single(cumulative.CodedFields!);
            Assert.Equal((Dimension, "Exit status at entry to the program", "Offramp coded profile"), (declared.Dimension, declared.Label, declared.Codebook));
            Assert.Equal(["engaged", "doubting", "disengaged", "unknown"], declared.Options.Select(o => o.Code));

            // Every category is listed, and what is published is the true count. The two small groups are withheld, and
            // so is something large (the total or a category): otherwise the total minus the rest would give the two
            // small ones together (7).
            var coded = cumulative.Breakdowns.Where(b => b.Dimension == Dimension).ToDictionary(b => b.Category, b => b.Participants);
            Assert.Equal(["engaged", "doubting", "disengaged", "unknown", "not-coded"], coded.Keys);
            Assert.True(coded["unknown"].Suppressed);
            Assert.True(coded["not-coded"].Suppressed);
            var published = coded.Where(c => !c.Value.Suppressed).ToList();
            Assert.NotEmpty(published);
            Assert.All(published, c => Assert.Equal(expected[c.Key], c.Value.Value));
            Assert.True(cumulative.Participants.Suppressed || coded.Any(c => c.Value.Suppressed && expected[c.Key] >= Threshold));
            Assert.True(cumulative.Participants.Suppressed || cumulative.Participants.Value == expected.Values.Sum());

            // Rates per category come with the metric, through the same control.
            var rates = cumulative.Metrics.Single().Breakdowns.Where(b => b.Dimension == Dimension).ToList();
            Assert.Equal(5, rates.Count);
            Assert.Contains(rates, r => r.Rate.Estimate is not null);

            Assert.Empty(DifferencingAttacker.Recover(released, Threshold, firstYear: 2023));

            // The control is what stops the attacker: put back what it withheld besides the small groups, and the total
            // minus the published categories gives the two small groups together.
            var undone = cumulative with
            {
                Participants = EvidenceCount.Of(expected.Values.Sum()),
                Breakdowns = [.. cumulative.Breakdowns.Select(b => b.Dimension == Dimension && b.Participants.Suppressed && expected[b.Category] >= Threshold
                    ? b with { Participants = EvidenceCount.Of(expected[b.Category]) }
                    : b)],
            };
            Assert.Contains(DifferencingAttacker.Recover([undone, .. released[1..]], Threshold, firstYear: 2023),
                found => found.Contains($"Σ {Dimension} = 7", StringComparison.Ordinal));
        }
        finally
        {
            await world.DbAsync(db => db.Organisations.Where(o => o.Id == world.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.EvidenceRoundingBase, 5)));
        }
    }

    [Theory]
    [BothProviders]
    public async Task Fields_a_bundle_cannot_be_broken_down_by_are_named_all_at_once_and_nothing_is_proposed(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        await world.EnsureCodebookAsync();
        var (program, _, _) = await CodedProgramAsync(world, "Coded refusals");
        var evaluator = world.Client(Persona.Evaluator);

        var problem = await ProblemJson.ReadAsync(await evaluator.SendJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evidence",
            Proposal("all", "shoe-size", "push-factors", ExitStatus)), HttpStatusCode.UnprocessableEntity);
        var errors = problem.ErrorsFor("BreakDownBy");
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("at most 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("\"shoe-size\" is not a field", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("several answers per participant", StringComparison.Ordinal));

        var sentNull = await evaluator.SendRawJsonAsync(HttpMethod.Post, $"/api/v1/programs/{program}/evidence", """{"period":"all","movements":[],"breakDownBy":null}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sentNull.StatusCode);
        Assert.Equal(0, await world.DbAsync(db => db.Set<EvidenceRelease>().CountAsync(r => r.ProgramId == program)));
    }

    [Theory]
    [BothProviders]
    public async Task The_hub_compares_programs_category_by_category_and_refuses_a_breakdown_the_bundle_does_not_declare(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var codebook = await world.EnsureCodebookAsync();
        var files = new List<byte[]>();
        foreach (var name in new[] { "Coded hub A", "Coded hub B" })
        {
            var (program, director, people) = await CodedProgramAsync(world, name);
            await CodeExitStatusAsync(world, codebook, people);
            var bundle = await ProposeAndReleaseAsync(world, program, director, "all", ExitStatus);
            files.Add(await world.DbAsync(db => db.Set<EvidenceRelease>().Where(r => r.Id == bundle.BundleId).Select(r => System.Text.Encoding.UTF8.GetBytes(r.SignedFile!)).SingleAsync()));
        }

        var hub = await HubAsync(world);
        var (envelope, first) = EvidenceFile.Open(files[0]);
        await hub.Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/hub/publishers", new { name = "Main organisation", publicKey = envelope.PublicKey }).ExpectAsync(HttpStatusCode.Created);
        foreach (var file in files)
        {
            await Post(hub.Reader, file).ExpectAsync(HttpStatusCode.Created);
        }

        var plain = await (await hub.Reader.GetAsync("/api/v1/hub/compare").ExpectAsync(HttpStatusCode.OK)).ReadJsonAsync<EvidenceComparisonView>();
        var field = Assert.Single(plain.Options.CodedFields);
        Assert.Equal(("exit-status-at-entry@Offramp coded profile", "Exit status at entry to the program (Offramp coded profile)"), (field.Value, field.Label));
        Assert.Empty(Assert.Single(plain.Metrics).Strata);

        var broken = await (await hub.Reader.GetAsync($"/api/v1/hub/compare?BreakDownBy={Uri.EscapeDataString(field.Value)}").ExpectAsync(HttpStatusCode.OK))
            .ReadJsonAsync<EvidenceComparisonView>();
        var strata = Assert.Single(broken.Metrics).Strata;
        Assert.Equal(["engaged", "doubting", "disengaged", "unknown", "not-coded"], strata.Select(s => s.Category));
        Assert.Equal("Doubting", strata.Single(s => s.Category == "doubting").Label);
        // Each program's figure per category is exactly what its bundle published.
        var published = first.Metrics.Single().Breakdowns.Where(b => b.Dimension == Dimension).ToDictionary(b => b.Category, b => b.Rate);
        foreach (var stratum in strata)
        {
            Assert.Equal(2, stratum.Programs.Count);
            var row = Assert.Single(stratum.Programs, p => p.BundleId == first.BundleId);
            Assert.Equal((published[stratum.Category].Included.Value, published[stratum.Category].Estimate), (row.Included, row.Proportion));
        }

        // Where both programs published a rate strictly between 0 and 1, the category's rates are pooled.
        var poolable = strata.Where(s => s.Programs.All(p => p.Proportion is { Value: > 0 and < 1 } && p.Included > 0)).ToList();
        Assert.NotEmpty(poolable);
        Assert.All(poolable, s => Assert.Equal(2, Assert.Single(s.Pooled, p => p.Measure.StartsWith("Proportion", StringComparison.Ordinal)).Studies));
        Assert.All(strata.Except(poolable), s => Assert.DoesNotContain(s.Pooled, p => p.Measure.StartsWith("Proportion", StringComparison.Ordinal)));

        var viewer = await world.CreateSignInAccountAsync("Hub analyst", hub.HubId);
        using (var session = await PageSession.SignInAsync(world, viewer.Email, viewer.TotpSecret))
        {
            var page = await session.GetPageAsync($"/Hub?Query.BreakDownBy={Uri.EscapeDataString(field.Value)}");
            Assert.Contains("data-testid=\"hub-strata\"", page, StringComparison.Ordinal);
            Assert.Contains("By Exit status at entry to the program (Offramp coded profile)", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
            // The chart per category plots exactly what was published: a row per program's rate, a diamond per pooled one.
            var strataPlot = System.Text.RegularExpressions.Regex.Match(page, "<img src=\"([^\"]+)\"[^>]*height=\"(\\d+)\" data-testid=\"strata-forest-plot\"");
            var plotted = strata.Sum(s => s.Programs.Count(p => p.Proportion is not null) + s.Pooled.Count(p => p.Measure.StartsWith("Proportion", StringComparison.Ordinal)));
            Assert.True(plotted > 0);
            Assert.Equal(Offramp.Reports.Charts.ForestPlot.HeightFor(plotted).ToString(System.Globalization.CultureInfo.InvariantCulture), strataPlot.Groups[2].Value);
            var svg = await session.GetResponseAsync(System.Net.WebUtility.HtmlDecode(strataPlot.Groups[1].Value));
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A bundle signed by a registered key whose breakdown names a coded field it does not declare is refused.
        var payload = System.Text.Json.Nodes.JsonNode.Parse(envelope.PayloadBytes())!.AsObject();
        payload.Remove("codedFields");
        payload["bundleId"] = Guid.NewGuid().ToString();
        var forged = CanonicalJson.Bytes(payload);
        using var key = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        var publicKey = key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
        await hub.Admin.SendJsonAsync(HttpMethod.Post, "/api/v1/hub/publishers", new { name = "Forger", publicKey = Convert.ToBase64String(publicKey) }).ExpectAsync(HttpStatusCode.Created);
        var signed = SignedEvidence.Create(PublishingKeys.KeyIdOf(publicKey), publicKey, forged, NSec.Cryptography.SignatureAlgorithm.Ed25519.Sign(key, forged));
        await Refused(hub.Admin, signed.ToFileBytes(), $"\\\"{Dimension}\\\" is not a dimension of this bundle");
    }

    [Theory]
    [BothProviders]
    public async Task The_proposal_page_offers_single_choice_fields_and_the_review_page_names_each_category(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var codebook = await world.EnsureCodebookAsync();
        var (program, _, people) = await CodedProgramAsync(world, "Coded pages");
        await CodeExitStatusAsync(world, codebook, people);
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var form = await evaluator.GetPageAsync($"/Evidence?ProgramId={program}");
        Assert.Contains("name=\"Input.BreakDownBy\" value=\"exit-status-at-entry\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"push-factors\"", form, StringComparison.Ordinal);

        var refused = await evaluator.PostAsync($"/Evidence?ProgramId={program}", new() { ["Input.Period"] = "all", ["Input.BreakDownBy"] = "shoe-size" });
        Assert.Contains("\"shoe-size\" is not a field", System.Net.WebUtility.HtmlDecode(await PageSession.HtmlAsync(refused)), StringComparison.Ordinal);

        var proposed = await evaluator.PostAsync($"/Evidence?ProgramId={program}", new() { ["Input.Period"] = "all", ["Input.BreakDownBy"] = ExitStatus });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var review = System.Net.WebUtility.HtmlDecode(await evaluator.GetPageAsync(proposed.Headers.Location!.OriginalString));
        Assert.Contains("<td>Exit status at entry to the program</td><td>Already disengaged</td>", review, StringComparison.Ordinal);
        Assert.Contains("<td>Exit status at entry to the program</td><td>Not coded</td>", review, StringComparison.Ordinal);
    }

    /// <summary>
    /// A program with entries in 2023, 2024 and a few in 2025, where about two in five released a year or more ago were
    /// reconvicted: enough successes and failures in each large category for its rate to be published.
    /// </summary>
    internal static async Task<(Guid Program, (Guid UserId, string Secret, HttpClient Client) Director, IReadOnlyList<Guid> People)> CodedProgramAsync(TestWorld world, string name)
    {
        var program = await world.CreateEvaluationProgramAsync(name);
        await world.DefineAsync(program, EvaluationCalls.NoViolentReconviction(12));
        var director = await world.CreateStaffWithAuthenticatorAsync($"{name} director", Role.ProgramDirector, program);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cases = new List<EvaluationCase>();
        foreach (var (year, count) in new[] { (2023, 70), (2024, 70), (2025, 8) })
        {
            for (var i = 0; i < count; i++)
            {
                var entered = today.DayNumber - new DateOnly(year, 1 + (i % 12), 15).DayNumber;
                var released = entered - 60;
                cases.Add(new EvaluationCase(
                    Gender: i % 4 == 0 ? Gender.Female : Gender.Male,
                    YearOfBirth: 1970 + (i * 7 % 35),
                    ReferredDaysAgo: entered,
                    ReleasedDaysAgo: released > 30 ? released : null,
                    Stage: i % 3 == 0 ? Stage.Withdrawn : Stage.FollowUp,
                    Outcomes: i % 5 < 2 && released > 400 ? [(OutcomeType.ReconvictionOtherViolent, released - 120)] : null));
            }
        }

        var people = await world.AddEvaluationCasesAsync(program, cases);
        return (program, director, people);
    }

    /// <summary>
    /// Codes the program's participants on exit status at entry: 3 "unknown" and 4 not coded (two small groups), the rest
    /// engaged, doubting and already disengaged in turn. Returns the true count of each category.
    /// </summary>
    internal static async Task<Dictionary<string, int>> CodeExitStatusAsync(TestWorld world, Guid codebook, IReadOnlyList<Guid> ids)
    {
        // In the order the cases were made, not by id: ids made in the same millisecond sort at random, and which case
        // gets which code decides which rates can be published.
        string[] cycle = ["engaged", "doubting", "disengaged"];
        var codes = ids.Select((id, i) => (Participant: id, Code: i < 3 ? "unknown" : i < 7 ? null : cycle[i % 3])).ToList();
        await world.CodeDirectlyAsync(codebook, ExitStatus, codes.Where(c => c.Code is not null).Select(c => (c.Participant, c.Code!)));
        var expected = Categories.ToDictionary(c => c, c => codes.Count(x => x.Code == c));
        expected["not-coded"] = codes.Count(x => x.Code is null);
        return expected;
    }
}
