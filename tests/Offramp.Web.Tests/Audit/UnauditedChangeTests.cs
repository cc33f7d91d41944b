using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Worklist;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// A use case that forgets its audit event cannot save: the unit of work refuses any change to a participant's record
/// (the participant row or any row with its ParticipantId) that no pending event names, and saves nothing.
/// </summary>
public sealed class UnauditedChangeTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_change_to_a_participants_record_without_an_event_naming_them_is_refused_and_nothing_is_saved(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var audited = await world.ParticipantInInterventionAsync();
        var other = await world.ParticipantInInterventionAsync();

        var forgotten = await Assert.ThrowsAsync<InvalidOperationException>(() => ChangeLanguagesAsync(world, audited.Id, "forgot", db => { }));
        var wrongPerson = await Assert.ThrowsAsync<InvalidOperationException>(() => ChangeLanguagesAsync(world, audited.Id, "wrong person",
            db => db.Audit.Record(AuditActions.Update, AuditEntities.Participant, other.Id, other.Id)));
        var newTask = await Assert.ThrowsAsync<InvalidOperationException>(() => UseCaseScopeAsync(world, db =>
        {
            db.Add(new CaseTask { OrganisationId = world.OrganisationId, ProgramId = world.ProgramId, ParticipantId = audited.Id, Kind = TaskKinds.General, Title = "Unaudited", DueOn = TestWorld.Today, CreatedAt = DateTimeOffset.UtcNow });
            return Task.CompletedTask;
        }));

        Assert.Contains("Participant", forgotten.Message, StringComparison.Ordinal);
        Assert.Contains("Participant", wrongPerson.Message, StringComparison.Ordinal);
        Assert.Contains("CaseTask", newTask.Message, StringComparison.Ordinal);
        Assert.NotEqual("forgot", await LanguagesAsync(world, audited.Id));
        Assert.False(await world.DbAsync(db => db.Set<CaseTask>().AnyAsync(t => t.Title == "Unaudited")));

        await ChangeLanguagesAsync(world, audited.Id, "audited", db => db.Audit.Record(AuditActions.Update, AuditEntities.Participant, audited.Id, audited.Id));
        Assert.Equal("audited", await LanguagesAsync(world, audited.Id));
    }

    private static Task ChangeLanguagesAsync(TestWorld world, Guid participantId, string languages, Action<OfframpDbContext> audit) => UseCaseScopeAsync(world, async db =>
    {
        var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
        participant.Languages = languages;
        audit(db);
    });

    /// <summary>A unit of work as a use case has it (not the fixture context of <see cref="TestWorld.DbAsync{T}"/>), saved at the end.</summary>
    private static async Task UseCaseScopeAsync(TestWorld world, Func<OfframpDbContext, Task> work)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        await work(db);
        await db.SaveChangesAsync();
    }

    private static Task<string?> LanguagesAsync(TestWorld world, Guid participantId) =>
        world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Languages).SingleAsync());
}
