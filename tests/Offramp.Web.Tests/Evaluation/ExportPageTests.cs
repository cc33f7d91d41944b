using System.IO.Compression;
using System.Net;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Audit;
using Offramp.Core.Evaluation.Exports;
using Offramp.Core.Outcomes;
using Offramp.Core.Security;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Evaluation;

/// <summary>
/// The export page downloads the CLI's research export as a zip: consenting participants only, under the recipient's
/// pseudonyms, with no name, national id or participant code in any file, and the export in the audit trail. Each
/// download takes a fresh authenticator code (step-up).
/// </summary>
public sealed class ExportPageTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task The_download_leaves_out_participants_without_evaluation_consent_and_holds_no_identity(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var named = await world.RegisterParticipantAsync(customise: c =>
        {
            c.Identity!.GivenName = "Wilhelmina";
            c.Identity.FamilyName = "Quarrington";
            c.Identity.NationalId = "ZX991442Q";
        });
        var cases = await world.AddEvaluationCasesAsync(world.ProgramId,
        [
            new(Outcomes: [(OutcomeType.Employment, 900)]),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReArrest, 800)]),
        ]);
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.ProgramId == world.ProgramId).Select(p => p.Code).ToListAsync());
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var response = await evaluator.PostAsync($"/Evaluation/Export?programId={world.ProgramId}",
            new() { ["Input.Recipient"] = "University A", ["Input.Format"] = "Csv", ["Input.Dates"] = "Interval", ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Evaluator) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var files = zip.Entries.ToDictionary(e => e.Name, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.Contains("codebook.csv", files.Keys);
        var pseudonyms = new ResearchPseudonyms(world.App.Services.GetRequiredService<KeyRing>().BlindIndexKey, "University A");
        var exported = files["participants.csv"].Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToHashSet();
        Assert.Contains(pseudonyms.Of(cases[0]), exported);
        Assert.DoesNotContain(pseudonyms.Of(cases[1]), exported);
        Assert.DoesNotContain("ReArrest", files["outcomes.csv"], StringComparison.Ordinal);
        var everything = string.Concat(files.Values);
        foreach (var identity in new[] { "Wilhelmina", "Quarrington", "ZX991442Q", named.Id.ToString(), cases[0].ToString(), cases[1].ToString() }.Concat(codes))
        {
            Assert.DoesNotContain(identity, everything, StringComparison.OrdinalIgnoreCase);
        }

        var audit = await world.DbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == AuditActions.ResearchExport && e.EntityId == world.ProgramId));
        Assert.Equal(world.UserId(Persona.Evaluator), audit.UserId);
        Assert.StartsWith("to 'university a': ", audit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task A_missing_recipient_or_unknown_format_gets_a_field_message_and_nothing_is_exported(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Empty recipient");
        using var evaluator = await PageSession.SignInAsync(world, Persona.Evaluator);

        var blank = await PageSession.HtmlAsync(await evaluator.PostAsync($"/Evaluation/Export?programId={program}",
            new() { ["Input.Recipient"] = " ", ["Input.Format"] = "Csv", ["Input.Dates"] = "Shift", ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Evaluator) }));
        var unknownFormat = await PageSession.HtmlAsync(await evaluator.PostAsync($"/Evaluation/Export?programId={program}",
            new() { ["Input.Recipient"] = "University A", ["Input.Format"] = "Spreadsheet", ["Input.Dates"] = "Shift", ["StepUpCode"] = await world.FreshStepUpCodeAsync(Persona.Evaluator) }));

        Assert.Contains("Name the recipient (up to 200 characters): pseudonyms are keyed to them.", blank, StringComparison.Ordinal);
        // The framework's "The value 'Spreadsheet' is not valid for Format." gives way to a message a person can act on.
        Assert.Contains("Enter a valid value.", unknownFormat, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", unknownFormat, StringComparison.Ordinal);
        Assert.Equal(0, await world.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.ResearchExport && e.EntityId == program)));
    }
}
