using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Erasure;
using Offramp.Core.Retention;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.DataProtection;

/// <summary>
/// The organisation admin's retention page: rules only for their own organisation's programs, a preview in counts (the
/// admin holds no case role, so no participant is named), and applying only with a fresh authenticator code. A legal
/// hold keeps its record whole. Nobody else reaches the page.
/// </summary>
public sealed class RetentionPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Page = "/Admin/Retention";

    [Theory]
    [BothProviders]
    public async Task The_admin_sets_a_rule_previews_in_counts_and_applies_with_a_fresh_code_and_a_hold_keeps_its_record(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Retention page");
        var due = await world.ClosedCaseAsync(program, "NI-7001", yearsAgo: 7);
        var held = await world.ClosedCaseAsync(program, "NI-7002", yearsAgo: 7);
        var recent = await world.ClosedCaseAsync(program, "NI-7003", yearsAgo: 1);
        await world.PlaceLegalHoldAsync(held, "Inquiry 2026/4");
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);

        var bad = PageSession.TextOf(await PageSession.HtmlAsync(await admin.PostAsync(Page,
            new() { ["Input.ProgramId"] = "", ["Input.RecordType"] = "Identifiers", ["Input.YearsAfterClosure"] = "-1" }, "Set")));
        Assert.Contains("Choose the program.", bad, StringComparison.Ordinal);
        Assert.Contains("Years after closure must be between 0 and 100.", bad, StringComparison.Ordinal);
        var foreign = await PageSession.HtmlAsync(await admin.PostAsync(Page,
            new() { ["Input.ProgramId"] = world.OtherProgramId.ToString(), ["Input.RecordType"] = "Identifiers", ["Input.YearsAfterClosure"] = "5" }, "Set"));
        Assert.Contains("Choose one of your organisation's programs.", foreign, StringComparison.Ordinal);
        Assert.False(await world.DbAsync(db => db.Set<RetentionRule>().AnyAsync(r => r.ProgramId == world.OtherProgramId)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page,
            new() { ["Input.ProgramId"] = program.ToString(), ["Input.RecordType"] = "Identifiers", ["Input.YearsAfterClosure"] = "5" }, "Set")).StatusCode);
        var rules = await admin.GetPageAsync(Page);
        Assert.Contains("5 years", PageSession.TextOf(rules), StringComparison.Ordinal);

        var preview = await PageSession.HtmlAsync(await admin.PostAsync(Page, new(), "Preview"));
        Assert.Contains("Preview, nothing changed: 1 closed cases are due for removal; 1 are kept under legal hold.", preview, StringComparison.Ordinal);
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.ProgramId == program).Select(p => p.Code).ToListAsync());
        Assert.Equal(3, codes.Count);
        Assert.All(codes, code => Assert.DoesNotContain(code, preview, StringComparison.Ordinal));
        Assert.Equal("NI-7001", (await world.GetRecordAsync(due)).Identity.NationalId);

        var noCode = await PageSession.HtmlAsync(await admin.PostAsync(Page, new(), "Apply"));
        Assert.Contains("Enter a fresh code from your authenticator app to confirm.", noCode, StringComparison.Ordinal);
        Assert.Equal("NI-7001", (await world.GetRecordAsync(due)).Identity.NationalId);

        var applied = await PageSession.HtmlAsync(await admin.PostAsync(Page, new() { ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.OrganisationAdmin) }, "Apply"));
        Assert.Contains("Applied: 1 closed cases had data removed; 1 kept under legal hold.", applied, StringComparison.Ordinal);
        Assert.Null((await world.GetRecordAsync(due)).Identity.NationalId);
        Assert.Equal("NI-7002", (await world.GetRecordAsync(held)).Identity.NationalId);
        Assert.Equal("NI-7003", (await world.GetRecordAsync(recent)).Identity.NationalId);
        Assert.Equal(ErasureKind.Retention, await world.DbAsync(db => db.Set<ErasureRecord>().Where(e => e.ParticipantId == due).Select(e => e.Kind).SingleAsync()));
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Retention.Name && e.ParticipantId == due)));
        Assert.False(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Retention.Name && e.ParticipantId == held)));

        // Applied again: nothing more to remove.
        var twice = await PageSession.HtmlAsync(await admin.PostAsync(Page, new() { ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.OrganisationAdmin) }, "Apply"));
        Assert.Contains("Applied: 0 closed cases had data removed; 1 kept under legal hold.", twice, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Only_the_organisation_admin_reaches_the_page_and_only_their_own_rules(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        foreach (var persona in new[] { Persona.Director, Persona.CaseworkerA, Persona.Auditor, Persona.Evaluator, Persona.OtherOrganisationDirector })
        {
            using var session = await PageSession.SignInAsync(world, persona);
            var (status, _) = await session.GetAsync(Page);
            Assert.True(status == HttpStatusCode.NotFound, $"{persona} reached the retention page: {status}");
        }

        var foreignRule = await world.DbAsync(async db =>
        {
            var rule = new RetentionRule { OrganisationId = world.OtherOrganisationId, ProgramId = world.OtherProgramId, RecordType = RetainedRecord.SessionNotes, YearsAfterClosure = 3 };
            db.Set<RetentionRule>().Add(rule);
            await db.SaveChangesAsync();
            return rule.Id;
        });
        using var admin = await PageSession.SignInAsync(world, Persona.OrganisationAdmin);
        Assert.DoesNotContain(foreignRule.ToString(), await admin.GetPageAsync(Page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(Page, new() { ["RuleId"] = foreignRule.ToString(), ["RuleVersion"] = "1" }, "Remove")).StatusCode);
        Assert.True(await world.DbAsync(db => db.Set<RetentionRule>().AnyAsync(r => r.Id == foreignRule)));

        // Their own rule goes, and its removal is in the audit trail.
        var own = await world.DbAsync(async db =>
        {
            var rule = new RetentionRule { OrganisationId = world.OrganisationId, ProgramId = world.ProgramId, RecordType = RetainedRecord.SessionNotes, YearsAfterClosure = 3 };
            db.Set<RetentionRule>().Add(rule);
            await db.SaveChangesAsync();
            return rule.Id;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(Page, new() { ["RuleId"] = own.ToString(), ["RuleVersion"] = "1" }, "Remove")).StatusCode);
        Assert.False(await world.DbAsync(db => db.Set<RetentionRule>().AnyAsync(r => r.Id == own)));
        Assert.True(await world.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditActions.Delete.Name && e.EntityId == own)));
    }
}
