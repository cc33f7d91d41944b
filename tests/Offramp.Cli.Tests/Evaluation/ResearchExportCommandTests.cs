using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Audit;
using Offramp.Core.Outcomes;
using Offramp.TestSupport;

using Parquet;

namespace Offramp.Cli.Tests.Evaluation;

/// <summary>
/// `offramp export research` with the real binary: CSV and Parquet with a codebook, pseudonyms keyed per recipient,
/// nobody whose consent does not cover evaluation (or was withdrawn), no free text, no identifier, and a recorded
/// text a spreadsheet would run as a formula neutralised.
/// </summary>
public sealed class ResearchExportCommandTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    private const string Formula = "=HYPERLINK(\"https://attacker.example\",\"open\")";

    [Theory]
    [BothProviders]
    public async Task The_export_writes_csv_parquet_and_codebook_for_one_recipient(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var program = await world.CreateEvaluationProgramAsync("Cli export");
        var ids = await world.AddEvaluationCasesAsync(program,
        [
            new(Outcomes: [(OutcomeType.ReconvictionOtherViolent, 700), (OutcomeType.Employment, 900)]),
            new(),
            new(EvaluationConsent: false, Outcomes: [(OutcomeType.ReArrest, 800)]),
            new(Outcomes: [(OutcomeType.ReArrest, 800)]),
        ]);
        var (exported, withdrawn) = (ids[0], ids[3]);
        await world.DbAsync(async db =>
        {
            await db.Participants.Where(p => p.Id == withdrawn).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConsentWithdrawn, true));

            // Free text that must never leave: a stage-change reason and a referrer's name.
            await db.StageChanges.Where(s => s.ParticipantId == exported).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reason, "Completed: moved in with his sister in Malmö"));
            await db.Referrals.Where(r => r.ParticipantId == exported).ExecuteUpdateAsync(s => s.SetProperty(x => x.Referrer, "Officer Jane Doe"));
        });
        await AddAgreedAssessmentAsync(world, program, exported);
        var codes = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Code).ToListAsync());
        var name = await AppCli.ProgramNameAsync(world, program);
        var (a, b) = (AppCli.OutputFolder(world, "a"), AppCli.OutputFolder(world, "b"));

        var result = (await AppCli.RunAsync(world, "export", "research", "--program", name, "--recipient", "University A", "--out", a, "--format", "both")).ShouldSucceed();
        (await AppCli.RunAsync(world, "export", "research", "--program", name, "--recipient", "University B", "--out", b)).ShouldSucceed();

        Assert.Contains("2 participants (2 excluded without evaluation consent)", result.Output, StringComparison.Ordinal);
        foreach (var table in new[] { "participants", "outcomes", "assessment_ratings" })
        {
            Assert.True(File.Exists(Path.Combine(a, table + ".csv")), table);
            Assert.False(File.Exists(Path.Combine(b, table + ".parquet")), table);
        }

        Assert.Equal(2, await ParquetRowsAsync(Path.Combine(a, "participants.parquet")));
        Assert.Equal(2, await ParquetRowsAsync(Path.Combine(a, "outcomes.parquet")));
        Assert.Equal(1, await ParquetRowsAsync(Path.Combine(a, "assessment_ratings.parquet")));
        var codebook = File.ReadAllLines(Path.Combine(a, "codebook.csv"));
        Assert.Equal("table,variable,type,description,categories", codebook[0]);
        Assert.Contains(codebook, l => l.StartsWith("participants,pseudonym,text,", StringComparison.Ordinal));
        Assert.Contains(codebook, l => l.StartsWith("outcomes,", StringComparison.Ordinal));
        Assert.Contains(codebook, l => l.StartsWith("assessment_ratings,", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(a, "README.txt")));

        // Two consenting participants, under pseudonyms no other recipient shares.
        var pseudonymsA = Pseudonyms(a);
        Assert.Equal(2, pseudonymsA.Count);
        Assert.Empty(pseudonymsA.Intersect(Pseudonyms(b)));

        // No identifier, no free text; the judgement recorded as a formula starts with an apostrophe.
        var everything = string.Concat(Directory.GetFiles(a).Concat(Directory.GetFiles(b)).Select(File.ReadAllText));
        Assert.All(codes, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.DoesNotContain(id.ToString(), everything, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Malmö", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", everything, StringComparison.Ordinal);
        var ratings = await File.ReadAllTextAsync(Path.Combine(a, "assessment_ratings.csv"));
        Assert.Contains("'=HYPERLINK(", ratings, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", ratings, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", ratings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_program_or_a_missing_recipient_is_refused()
    {
        var world = await worlds.WorldAsync(DatabaseProviderKind.Sqlite);
        var folder = AppCli.OutputFolder(world, "none");

        (await AppCli.RunAsync(world, "export", "research", "--program", "No such program", "--recipient", "University A", "--out", folder))
            .ShouldFail(1, "There is no program named 'No such program'.");
        Assert.False(Directory.Exists(folder));
        var name = await AppCli.ProgramNameAsync(world, world.ProgramId);
        (await AppCli.RunAsync(world, "export", "research", "--program", name, "--recipient", "  ", "--out", folder)).ShouldFail(1, "Name the recipient");
        (await AppCli.RunAsync(world, "export", "research", "--program", name, "--recipient", "University A", "--out", folder, "--format", "xlsx")).ShouldFail(1, "xlsx");
        Assert.False(Directory.Exists(folder));
    }

    /// <summary>An agreed assessment of the open instrument whose overall judgement was typed as a spreadsheet formula.</summary>
    private static async Task AddAgreedAssessmentAsync(TestWorld world, Guid programId, Guid participantId)
    {
        var instrument = await world.ImportInstrumentAsync(TestWorld.OpenInstrument());
        await world.DbAsync(async db =>
        {
            var assessment = new Assessment
            {
                OrganisationId = world.OrganisationId,
                ProgramId = programId,
                ParticipantId = participantId,
                InstrumentVersionId = instrument,
                Kind = AssessmentKind.Baseline,
                AssessedOn = TestWorld.DaysAgo(600),
                Status = AssessmentStatus.Agreed,
                OpenedByUserId = world.UserId(Persona.Director),
                OpenedAt = DateTimeOffset.UtcNow,
                OverallJudgement = Formula,
                AgreedByUserId = world.UserId(Persona.Director),
                AgreedAt = DateTimeOffset.UtcNow,
            };
            db.Set<Assessment>().Add(assessment);
            db.Set<ConsensusRating>().Add(new ConsensusRating { AssessmentId = assessment.Id, ItemKey = "SR1", Level = "partly" });
            db.Audit.Record(AuditActions.Create, AuditEntities.Assessment, assessment.Id);
            await db.SaveChangesAsync();
        });
    }

    private static HashSet<string> Pseudonyms(string folder) =>
        [.. File.ReadAllLines(Path.Combine(folder, "participants.csv")).Skip(1).Select(l => l.Split(',')[0])];

    private static async Task<long> ParquetRowsAsync(string path)
    {
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file);
        return reader.Metadata!.NumRows;
    }
}
