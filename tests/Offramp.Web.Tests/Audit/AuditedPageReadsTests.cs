using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Audit;

/// <summary>
/// A page commits the audit events of all its reads at once, before it shows anything: the start page's worklist and
/// caseload reads are on record when the page arrives, written by one transaction (one timestamp, consecutive
/// sequence numbers) instead of two.
/// </summary>
public sealed class AuditedPageReadsTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_start_page_records_its_worklist_and_caseload_reads_in_one_commit_before_it_answers(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        using var caseworker = await PageSession.SignInAsync(world, Persona.CaseworkerA);
        var userId = world.UserId(Persona.CaseworkerA);
        var before = await world.DbAsync(db => db.AuditEvents.MaxAsync(e => e.Sequence));

        var (status, _) = await caseworker.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        var events = await world.DbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Sequence > before && e.UserId == userId && e.Action == AuditActions.Read.Name)
            .OrderBy(e => e.Sequence).ToListAsync());
        var worklist = Assert.Single(events, e => e.EntityType == AuditEntities.Worklist.Name);
        var caseload = Assert.Single(events, e => e.EntityType == AuditEntities.Caseload.Name);
        Assert.Equal(worklist.OccurredAt, caseload.OccurredAt);
        Assert.Equal(worklist.Sequence + 1, caseload.Sequence);
    }
}
