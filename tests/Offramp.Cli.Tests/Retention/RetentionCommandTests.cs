using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Tests.Evaluation;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Audit;
using Offramp.Core.Erasure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Retention;

/// <summary>
/// `offramp retention rule` and `offramp retention run` with the real binary: a dry run lists what is due and changes
/// nothing; the run removes the data of closed cases past their period, keeps a case under legal hold and a case
/// closed too recently, audits each removal, and a second run finds nothing more to remove.
/// </summary>
public sealed class RetentionCommandTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_run_removes_identifiers_past_their_period_keeps_holds_and_recent_cases_and_does_it_once(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Retention cli");
        var due = await world.ClosedCaseAsync(program, "NI-8001", yearsAgo: 6);
        var held = await world.ClosedCaseAsync(program, "NI-8002", yearsAgo: 6);
        var recent = await world.ClosedCaseAsync(program, "NI-8003", yearsAgo: 4);
        await world.PlaceLegalHoldAsync(held, "Inquiry 2026/9");
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.ProgramId == program).ToDictionaryAsync(p => p.Id, p => p.Code));
        var name = await AppCli.ProgramNameAsync(world, program);

        (await AppCli.RunAsync(world, "retention", "rule", "--program", name, "--record-type", "Identifiers", "--years", "5")).ShouldSucceed();

        var dryRun = (await AppCli.RunAsync(world, "retention", "run", "--dry-run")).ShouldSucceed();
        Assert.Contains("Dry run: nothing changed. 1 change, 1 kept under legal hold.", dryRun.Output, StringComparison.Ordinal);
        Assert.Contains(codes[due], dryRun.Output, StringComparison.Ordinal);
        Assert.Contains(codes[held], dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[recent], dryRun.Output, StringComparison.Ordinal);
        Assert.Equal("NI-8001", (await world.GetRecordAsync(due)).Identity.NationalId);
        Assert.False(await world.DbAsync(db => db.Set<ErasureRecord>().AnyAsync(e => e.ParticipantId == due)));

        var run = (await AppCli.RunAsync(world, "retention", "run")).ShouldSucceed();
        Assert.Contains("Applied. 1 change, 1 kept under legal hold.", run.Output, StringComparison.Ordinal);
        var removed = await world.GetRecordAsync(due);
        Assert.Null(removed.Identity.NationalId);
        Assert.Null(removed.Identity.GivenName);
        Assert.Equal("NI-8002", (await world.GetRecordAsync(held)).Identity.NationalId);
        Assert.Equal("NI-8003", (await world.GetRecordAsync(recent)).Identity.NationalId);
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Retention.Name && e.ParticipantId == due)));
        Assert.False(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Retention.Name && e.ParticipantId != due)));

        var again = (await AppCli.RunAsync(world, "retention", "run")).ShouldSucceed();
        Assert.Contains("Applied. 0 changes, 1 kept under legal hold.", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[due], again.Output, StringComparison.Ordinal);
        Assert.Equal(1, await world.DbAsync(db => db.Set<ErasureRecord>().CountAsync(e => e.ParticipantId == due)));
    }

    [Theory]
    [BothProviders]
    public async Task A_rule_for_an_unknown_program_or_a_period_out_of_range_is_refused_with_a_message(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var name = await AppCli.ProgramNameAsync(world, world.ProgramId);

        (await AppCli.RunAsync(world, "retention", "rule", "--program", "No such program", "--record-type", "Identifiers", "--years", "5"))
            .ShouldFail(1, "no program is named 'No such program'");
        (await AppCli.RunAsync(world, "retention", "rule", "--program", name, "--record-type", "Identifiers", "--years", "101"))
            .ShouldFail(1, "Years after closure must be between 0 and 100.");
    }
}
