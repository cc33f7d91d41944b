using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Evaluation;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The dataset loader reads a program either through a join or by scanning whole tables and dropping other programs'
/// rows: both give the same dataset, slot for slot, with consent applied and other programs left out.
/// </summary>
public sealed class EvaluationDatasetLoaderTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task Join_and_whole_table_reads_give_the_same_dataset(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Loader");
        var other = await world.CreateEvaluationProgramAsync("Loader other");
        var ids = await world.AddEvaluationCasesAsync(program,
        [
            new(Gender: Gender.Female, YearOfBirth: null, Source: ReferralSource.Family, Outcomes: [(OutcomeType.ReconvictionTerrorism, 900), (OutcomeType.Employment, 950)]),
            new(Stage: Stage.Withdrawn, ReleasedDaysAgo: null),
            new(Source: ReferralSource.Court, ReferredDaysAgo: 400, ReleasedDaysAgo: 200, Outcomes: [(OutcomeType.Death, 100)]),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReArrest, 800)]),
        ]);
        await world.AddEvaluationCasesAsync(other, [new(Outcomes: [(OutcomeType.ReArrest, 800)]), new()]);
        await world.DbAsync(db => db.Participants.Where(p => p.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConsentWithdrawn, true)));
        var evaluated = new EvaluatedProgram(program, world.OrganisationId, "Loader", IsDirector: true);

        var joined = await LoadAsync(world, evaluated, wholeTables: false);
        var scanned = await LoadAsync(world, evaluated, wholeTables: true);

        Assert.Equal(new[] { ids[0], ids[2] }.Order(), joined.Ids.Order());
        Assert.Equal(2, joined.ExcludedWithoutConsent);
        Assert.Equal(3, joined.OutcomeParticipant.Length);
        var first = Array.IndexOf(joined.Ids, ids[0]);
        Assert.Equal((Gender.Female, 0, ReferralSource.Family, Completion.Completed), (joined.Genders[first], joined.YearOfBirth[first], joined.Sources[first], joined.Completions[first]));
        Assert.Equal(TestWorld.DaysAgo(1500).DayNumber, joined.EntryDay[first]);
        Assert.Equal(TestWorld.DaysAgo(1000).DayNumber, joined.ReleaseDay[first]);

        Assert.Equal(joined.Ids, scanned.Ids);
        Assert.Equal(joined.Genders, scanned.Genders);
        Assert.Equal(joined.YearOfBirth, scanned.YearOfBirth);
        Assert.Equal(joined.Sources, scanned.Sources);
        Assert.Equal(joined.EntryDay, scanned.EntryDay);
        Assert.Equal(joined.ReleaseDay, scanned.ReleaseDay);
        Assert.Equal(joined.Completions, scanned.Completions);
        Assert.Equal(Outcomes(joined), Outcomes(scanned));
    }

    private static async Task<EvaluationDataset> LoadAsync(TestWorld world, EvaluatedProgram program, bool wholeTables)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluationDatasetLoader>().LoadAsync(program, TestWorld.Today, wholeTables, null, CancellationToken.None);
    }

    private static List<(int, OutcomeType, int)> Outcomes(EvaluationDataset data) =>
        [.. data.OutcomeParticipant.Select((slot, k) => (slot, data.OutcomeTypes[k], data.OutcomeDay[k])).Order()];
}
