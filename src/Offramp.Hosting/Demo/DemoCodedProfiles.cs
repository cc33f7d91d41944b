using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The open Offramp codebook published in the demo organisation, and every demo participant coded on it, so reports,
/// exports and bundles can be broken down by coded fields. Codes are drawn per participant from a random source seeded
/// by their code (the same demo every time), with each program's movement as the seeds describe it (the LTTE in Sri
/// Lanka, ISIS in Iraq). Follow-up codes only for participants in follow-up.
/// </summary>
internal sealed class DemoCodedProfiles(OfframpDbContext db, IClock clock)
{
    public async Task SeedAsync(DemoWorld world, CancellationToken ct)
    {
        var codebook = await EnsureCodebookAsync(world, ct);
        var definition = codebook.Parsed();
        var programs = world.Programs.ToDictionary(p => p.Id, p => DemoProgramCatalogue.Of(p).Key);
        var coder = world.Accounts[Role.Caseworker].Id;
        var uncoded = await db.Participants.AsNoTracking()
            .Where(p => p.OrganisationId == world.Organisation.Id && !db.Set<CodedAnswer>().Any(a => a.ParticipantId == p.Id))
            .Select(p => new { p.Id, p.Code, p.ProgramId, p.Stage })
            .ToListAsync(ct);
        var answers = new List<CodedAnswer>();
        foreach (var p in uncoded)
        {
            var random = new Random(StableHash(p.Code));
            foreach (var field in definition.Fields.Where(f => f.Phase == CodedPhase.Entry || p.Stage == Stage.FollowUp))
            {
                var codes = Draw(field, programs[p.ProgramId], random);
                answers.Add(new CodedAnswer
                {
                    ParticipantId = p.Id,
                    CodebookVersionId = codebook.Id,
                    FieldKey = field.Key,
                    Codes = CodedAnswer.Join(codes),
                    RecordedOn = clock.Today.AddDays(-random.Next(0, 365)),
                    RecordedByUserId = coder,
                });
            }
        }

        if (answers.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await new BulkInserter(db).InsertAsync(answers, ct);
        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.CodedProfile, $"{uncoded.Count} synthetic coded profiles");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<CodebookVersion> EnsureCodebookAsync(DemoWorld world, CancellationToken ct)
    {
        var existing = await ListCodebooks.CurrentAsync(db, world.Organisation.Id, ct);
        if (existing is not null)
        {
            return existing;
        }

        var definition = CodebookParser.Parse(ShippedCodebooks.Read(ShippedCodebooks.CodedProfile));
        var codebook = new CodebookVersion
        {
            OrganisationId = world.Organisation.Id,
            Name = definition.Name,
            Label = definition.Version,
            Definition = CodebookParser.Serialize(definition),
            Status = CodebookStatus.Published,
            ImportedAt = clock.UtcNow,
            PublishedAt = clock.UtcNow,
        };
        db.Set<CodebookVersion>().Add(codebook);
        db.Audit.Record(AuditActions.Create, AuditEntities.Codebook, codebook.Id, null, $"demo: {definition.Name} {definition.Version} published");
        await db.SaveChangesAsync(ct);
        return codebook;
    }

    /// <summary>One option (or, for a multiple-choice field, one to three), weighted towards the program's own movement.</summary>
    private static IEnumerable<string> Draw(CodebookField field, string program, Random random)
    {
        if (field.Key == "movement")
        {
            return [program switch
            {
                DemoProgramCatalogue.SriLanka => random.Next(10) < 9 ? "ethno-nationalist-separatist" : "unknown",
                DemoProgramCatalogue.Iraq => random.Next(10) < 9 ? "jihadist" : "mixed-unclear",
                _ => random.Next(10) switch { < 5 => "jihadist", < 8 => "far-right", 8 => "far-left", _ => "islamist-non-violent" },
            }];
        }

        var options = field.Options.Select(o => o.Code).Where(c => c != "unknown").ToArray();
        if (random.Next(12) == 0 && field.Option("unknown") is not null)
        {
            return ["unknown"];
        }

        var count = field.Choice == CodedChoice.OneOption ? 1 : 1 + random.Next(3);
        // "None" excludes everything else: it is drawn only alone.
        var pool = count == 1 ? options : [.. options.Where(c => !c.StartsWith("none", StringComparison.Ordinal))];
        return Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Length)]);
    }

    /// <summary>string.GetHashCode changes between processes; the demo must not.</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
