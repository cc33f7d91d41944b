using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.TestSupport;
using Offramp.Web.Api;
using Offramp.Web.Infrastructure;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// A read that forgets its audit event cannot show anything: a participant opened by a use case must be named by a
/// committed event, a list must leave one, and no recorded event may be left unsaved. Every API endpoint and every
/// page runs the check; the whole suite, which reads through every endpoint and page, is its proof on the real code.
/// </summary>
public sealed class ReadsOnRecordTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_participant_opened_is_off_the_record_until_a_committed_event_names_them(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var opened = await world.ParticipantInInterventionAsync();
        var other = await world.ParticipantInInterventionAsync();
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();

        db.Audit.NoteOpened(opened.Id);
        var forgotten = Assert.Throws<UnrecordedReadException>(() => ReadsOnRecord.Require(db.Audit));

        db.Audit.Record(AuditActions.Read, AuditEntities.Participant, other.Id, other.Id);
        await db.SaveChangesAsync();
        var wrongPerson = Assert.Throws<UnrecordedReadException>(() => ReadsOnRecord.Require(db.Audit));

        db.Audit.Record(AuditActions.Read, AuditEntities.Participant, opened.Id, opened.Id);
        var unsaved = Assert.Throws<UnrecordedReadException>(() => ReadsOnRecord.Require(db.Audit));

        await db.SaveChangesAsync();
        ReadsOnRecord.Require(db.Audit);

        Assert.Contains("1 participant record(s) were opened without an audit event", forgotten.Message, StringComparison.Ordinal);
        Assert.Contains("1 participant record(s) were opened without an audit event", wrongPerson.Message, StringComparison.Ordinal);
        Assert.Contains("1 audit event(s) were recorded but never saved", unsaved.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(opened.Id.ToString(), forgotten.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [BothProviders]
    public async Task A_list_of_participants_needs_an_event_and_work_over_everyone_covers_every_opening(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
            db.Audit.NoteListed();
            var listed = Assert.Throws<UnrecordedReadException>(() => ReadsOnRecord.Require(db.Audit));
            Assert.Contains("a list of participants was read without an audit event", listed.Message, StringComparison.Ordinal);

            db.Audit.Record(AuditActions.Read, AuditEntities.Caseload, null, null, "1 participants listed");
            await db.SaveChangesAsync();
            ReadsOnRecord.Require(db.Audit);
        }

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
            db.Audit.NoteOpened(participant.Id);
            db.Audit.RecordForEveryParticipant(AuditActions.Read, AuditEntities.Participant, "every participant, for a test");
            await db.SaveChangesAsync();
            ReadsOnRecord.Require(db.Audit);
        }
    }

    [Theory]
    [BothProviders]
    public async Task The_api_filter_refuses_a_get_that_read_off_the_record_and_lets_an_error_or_a_write_pass(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = await world.ParticipantInInterventionAsync();
        await using var scope = world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var filter = new ReadsOnRecordFilter(db);
        db.Audit.NoteOpened(participant.Id);

        EndpointFilterDelegate shows = _ => ValueTask.FromResult<object?>(Results.Ok(new { participant.Code }));
        EndpointFilterDelegate notFound = _ => ValueTask.FromResult<object?>(Results.NotFound());

        await Assert.ThrowsAsync<UnrecordedReadException>(() => filter.InvokeAsync(Invocation(scope, HttpMethods.Get), shows).AsTask());
        Assert.NotNull(await filter.InvokeAsync(Invocation(scope, HttpMethods.Get), notFound));
        Assert.NotNull(await filter.InvokeAsync(Invocation(scope, HttpMethods.Post), shows));
    }

    [Theory]
    [BothProviders]
    public async Task Every_api_endpoint_and_every_page_runs_the_check(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var api = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Authorization.ApiEndpoint.Prefix + "/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(api.Count > 100, $"only {api.Count} API endpoints found");
        Assert.Empty(api.Where(e => e.Metadata.GetMetadata<ReadsOnRecordMetadata>() is null).Select(e => e.RoutePattern.RawText));
        var pageFilters = world.App.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters;
        Assert.Contains(pageFilters, f => f is TypeFilterAttribute { ImplementationType: var t } && t == typeof(AuditedPageReads));
    }

    private static DefaultEndpointFilterInvocationContext Invocation(AsyncServiceScope scope, string method) =>
        new(new DefaultHttpContext { RequestServices = scope.ServiceProvider, Request = { Method = method } });
}
