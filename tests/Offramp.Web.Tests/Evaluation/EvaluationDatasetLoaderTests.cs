using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Data;
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
/// rows: both give the same dataset, slot for slot, with consent applied and other programs left out. On SQLite the rows
/// are read through the provider's statement API (<see cref="INativeQueryReader"/>); read through ADO.NET instead, the
/// dataset is the same.
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
        var throughAdoNet = await LoadAsync(world, evaluated, wholeTables: true, providerReader: false);

        Assert.Equal(new[] { ids[0], ids[2] }.Order(), joined.Ids.Order());
        Assert.Equal(2, joined.ExcludedWithoutConsent);
        Assert.Equal(3, joined.OutcomeParticipant.Length);
        var first = Array.IndexOf(joined.Ids, ids[0]);
        Assert.Equal((Gender.Female, 0, ReferralSource.Family, Completion.Completed), (joined.Genders[first], joined.YearOfBirth[first], joined.Sources[first], joined.Completions[first]));
        Assert.Equal(TestWorld.DaysAgo(1500).DayNumber, joined.EntryDay[first]);
        Assert.Equal(TestWorld.DaysAgo(1000).DayNumber, joined.ReleaseDay[first]);

        AssertSame(joined, scanned);
        AssertSame(scanned, throughAdoNet);
        await using var scope = world.App.Services.CreateAsyncScope();
        Assert.Equal(provider == DatabaseProviderKind.Sqlite, scope.ServiceProvider.GetService<INativeQueryReader>() is not null);
    }

    private static void AssertSame(EvaluationDataset expected, EvaluationDataset actual)
    {
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.ExcludedWithoutConsent, actual.ExcludedWithoutConsent);
        Assert.Equal(expected.Genders, actual.Genders);
        Assert.Equal(expected.YearOfBirth, actual.YearOfBirth);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.EntryDay, actual.EntryDay);
        Assert.Equal(expected.ReleaseDay, actual.ReleaseDay);
        Assert.Equal(expected.Completions, actual.Completions);
        Assert.Equal(Outcomes(expected), Outcomes(actual));
    }

    /// <param name="providerReader">Read through the provider's own reader when the host registers one; false: through ADO.NET.</param>
    private static async Task<EvaluationDataset> LoadAsync(TestWorld world, EvaluatedProgram program, bool wholeTables, bool providerReader = true)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var loader = providerReader
            ? scope.ServiceProvider.GetRequiredService<EvaluationDatasetLoader>()
            : new EvaluationDatasetLoader(scope.ServiceProvider.GetRequiredService<OfframpDbContext>());
        return await loader.LoadAsync(program, TestWorld.Today, wholeTables, null, CancellationToken.None);
    }

    private static List<(int, OutcomeType, int)> Outcomes(EvaluationDataset data) =>
        [.. data.OutcomeParticipant.Select((slot, k) => (slot, data.OutcomeTypes[k], data.OutcomeDay[k])).Order()];
}
