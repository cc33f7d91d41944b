using System.Globalization;
using System.Text;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Consensus;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Outcomes;
using Offramp.Core.Security;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>
/// De-identified record-level data of a program for one named recipient: participants, outcomes and agreed assessment
/// ratings, keyed by recipient-specific pseudonyms, with dates shifted per participant or reduced to intervals, no
/// identifier and no free text, plus a codebook. Only participants whose consent covers evaluation are exported.
/// Rows stream from the database to the files; the audit event says who exported how many participants to whom.
/// </summary>
public sealed class ExportResearchData(OfframpDbContext db, EvaluationAccess access, EvaluationDatasetLoader loader, KeyRing keys, StepUpGuard stepUp, IClock clock)
{
    /// <summary>
    /// The command line: an operator with the database and the key ring names the program. It asks for no authenticator
    /// code (nothing is read from standard input): whoever runs it already holds the database and its keys, as for
    /// `offramp admin grant-role`, so a code would add no protection there.
    /// </summary>
    public async Task<ResearchExportSummary> ForOperatorAsync(string programName, ResearchExportOptions options, IProgress<Phrase>? progress = null, CancellationToken ct = default)
    {
        var recipient = Recipient(options);
        return await ExportAsync(await access.ForOperatorAsync(programName, ct), recipient, options, progress, ct);
    }

    /// <summary>
    /// The web page: the program's directors and evaluators only, everyone else 404 (<see cref="EvaluationAccess"/>).
    /// A bulk release of the program's records, so like disclosure it needs a fresh step-up (<see cref="StepUpGuard"/>):
    /// a stolen session alone cannot take the program's data away.
    /// </summary>
    public async Task<ResearchExportSummary> ForCallerAsync(Guid programId, ResearchExportOptions options, CancellationToken ct = default)
    {
        var program = await access.ForCallerAsync(programId, ct);
        var recipient = Recipient(options);
        await stepUp.RequireFreshAsync(db.Audit.Actor.UserId ?? throw new NotFoundException(), ct);
        return await ExportAsync(program, recipient, options, null, ct);
    }

    private static string Recipient(ResearchExportOptions options)
    {
        var recipient = ResearchPseudonyms.Normalise(options.Recipient);
        if (recipient.Length is 0 or > 200)
        {
            throw new DomainException("Name the recipient (up to 200 characters): pseudonyms are keyed to them.", "recipient");
        }

        if (TextRules.Problem(options.Recipient, 200, checkLength: false) is { } problem)
        {
            throw new DomainException(problem, "recipient");
        }

        if (!Enum.IsDefined(options.Format) || !Enum.IsDefined(options.Dates))
        {
            throw new DomainException("Choose CSV, Parquet or both, and how dates are masked.", "format");
        }

        return recipient;
    }

    private async Task<ResearchExportSummary> ExportAsync(EvaluatedProgram program, string recipient, ResearchExportOptions options, IProgress<Phrase>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Directory);
        var data = await loader.LoadAsync(program, clock.Today, progress, ct);
        var pseudonyms = new ResearchPseudonyms(keys.BlindIndexKey, recipient);
        var files = new List<string>();

        progress?.Report(Phrase.Of("Writing participants"));
        var names = new string[data.Count];
        var shifts = new int[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            names[i] = pseudonyms.Of(data.Ids[i]);
            shifts[i] = options.Dates == DateMasking.Shift ? pseudonyms.ShiftDays(data.Ids[i]) : 0;
        }

        var dates = new ResearchDates(data, shifts, options.Dates);
        await using (var table = await OpenAsync(ResearchTables.Participants(options.Dates), options, files, ct))
        {
            for (var i = 0; i < data.Count; i++)
            {
                await table.WriteAsync([names[i], data.Genders[i].ToString(), Cohorts.AgeBands.Label(data.AgeBandOf(i)), data.Sources[i]?.ToString(),
                    data.Completions[i].ToString(), dates.Entry(i), dates.Release(i)], ct);
            }
        }

        var slotOf = new Dictionary<Guid, int>(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            slotOf[data.Ids[i]] = i;
        }

        var consenting = db.Participants.AsNoTracking()
            .Where(p => p.ProgramId == program.Id && p.OrganisationId == program.OrganisationId && p.EvaluationConsent && !p.ConsentWithdrawn);
        progress?.Report(Phrase.Of("Writing outcomes"));
        long outcomes = 0;
        await using (var table = await OpenAsync(ResearchTables.Outcomes(options.Dates), options, files, ct))
        {
            await foreach (var o in db.Set<OutcomeEvent>().AsNoTracking()
                               .Where(o => o.RetractedOn == null && consenting.Any(p => p.Id == o.ParticipantId))
                               .Select(o => new { o.ParticipantId, o.Type, o.OccurredOn, o.Source, o.Confidence }).AsAsyncEnumerable().WithCancellation(ct))
            {
                if (!slotOf.TryGetValue(o.ParticipantId, out var i))
                {
                    continue;
                }

                var day = o.OccurredOn.DayNumber;
                await table.WriteAsync([names[i], o.Type.ToString(), ClassOf(o.Type), o.Source.ToString(), o.Confidence.ToString(), dates.Event(i, day), dates.SinceRelease(i, day)], ct);
                outcomes++;
            }
        }

        progress?.Report(Phrase.Of("Writing assessments"));
        var (ratings, instruments) = await WriteRatingsAsync(program.Id, consenting, slotOf, names, dates, options, files, ct);
        progress?.Report(Phrase.Of("Writing coded profiles"));
        await new ResearchCodedProfiles(db).WriteAsync(consenting, slotOf, names, options, files, ct);
        await WriteCodebookAsync(options, instruments, files, ct);
        await WriteReadMeAsync(program, recipient, data, outcomes, ratings, options, files, ct);

        db.Audit.Record(AuditActions.ResearchExport, AuditEntities.Program, program.Id, null,
            $"to '{Shorten(recipient)}': {data.Count} participants ({data.ExcludedWithoutConsent} excluded without evaluation consent), {options.Format}, dates {options.Dates}");
        await db.SaveChangesAsync(ct);
        return new ResearchExportSummary(data.Count, data.ExcludedWithoutConsent, outcomes, ratings, files);
    }

    private async Task<(long Rows, IReadOnlyList<InstrumentVersion> Instruments)> WriteRatingsAsync(Guid programId, IQueryable<Participants.Participant> consenting,
        Dictionary<Guid, int> slotOf, string[] names, ResearchDates dates, ResearchExportOptions options, List<string> files, CancellationToken ct)
    {
        var assessments = db.Set<Assessment>().AsNoTracking()
            .Where(a => a.ProgramId == programId && a.Status == AssessmentStatus.Agreed && consenting.Any(p => p.Id == a.ParticipantId));
        var heads = await assessments.OrderBy(a => a.AssessedOn).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.ParticipantId, a.InstrumentVersionId, a.Kind, a.AssessedOn, a.OverallJudgement }).ToListAsync(ct);
        var versionIds = heads.Select(h => h.InstrumentVersionId).Distinct().ToList();
        var versions = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct);
        var definitions = versions.ToDictionary(v => v.Id, v => (Version: v, Definition: v.Parsed()));
        var numbered = heads.Select((h, n) => (Head: h, Number: n + 1)).ToDictionary(x => x.Head.Id);
        long rows = 0;
        await using var table = await OpenAsync(ResearchTables.Ratings(options.Dates), options, files, ct);
        await foreach (var r in db.Set<ConsensusRating>().AsNoTracking().Where(c => assessments.Any(a => a.Id == c.AssessmentId))
                           .Select(c => new { c.AssessmentId, c.ItemKey, c.Level }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var (head, number) = numbered[r.AssessmentId];
            if (!slotOf.TryGetValue(head.ParticipantId, out var i))
            {
                continue;
            }

            var (version, definition) = definitions[head.InstrumentVersionId];
            var position = definition.Scale.IndexOf(r.Level);
            await table.WriteAsync([names[i], number, version.Name, version.Label, head.Kind.ToString(), dates.Event(i, head.AssessedOn.DayNumber),
                r.ItemKey, definition.Item(r.ItemKey)?.Direction.ToString(), r.Level, position >= 0 ? position : null, head.OverallJudgement], ct);
            rows++;
        }

        return (rows, versions);
    }

    private static async Task WriteCodebookAsync(ResearchExportOptions options, IReadOnlyList<InstrumentVersion> instruments, List<string> files, CancellationToken ct)
    {
        var codebook = new ResearchTable("codebook", "Every variable of the export.",
        [
            new("table", ColumnType.Text, "Table (file name without extension)."),
            new("variable", ColumnType.Text, "Column name."),
            new("type", ColumnType.Text, "text or integer."),
            new("description", ColumnType.Text, "Meaning."),
            new("categories", ColumnType.Text, "Allowed values, separated by semicolons, where the variable is categorical."),
        ]);
        await using (var writer = await ResearchCsvWriter.CreateAsync(Path.Combine(options.Directory, "codebook.csv"), codebook, ct))
        {
            foreach (var table in new[] { ResearchTables.Participants(options.Dates), ResearchTables.Outcomes(options.Dates), ResearchTables.Ratings(options.Dates), ResearchTables.CodedProfile(), ResearchTables.CodedFields() })
            {
                foreach (var c in table.Columns)
                {
                    await writer.WriteAsync([table.Name, c.Name, c.Type == ColumnType.Integer ? "integer" : "text", c.Description, c.Categories], ct);
                }
            }
        }

        files.Add("codebook.csv");
        var items = new ResearchTable("instruments", "Instrument versions used by the exported assessments, item by item (item wording is not exported: instruments may be licensed).",
        [
            new("instrument", ColumnType.Text, "Instrument name."),
            new("instrument_version", ColumnType.Text, "Version label."),
            new("domain", ColumnType.Text, "Domain key."),
            new("item_key", ColumnType.Text, "Item key."),
            new("direction", ColumnType.Text, "Risk or protective."),
            new("scale", ColumnType.Text, "Level codes from lowest (position 0) upwards; 'unknown' is separate."),
        ]);
        await using (var writer = await ResearchCsvWriter.CreateAsync(Path.Combine(options.Directory, "instruments.csv"), items, ct))
        {
            foreach (var v in instruments.OrderBy(v => v.Name).ThenBy(v => v.Label))
            {
                var d = v.Parsed();
                var scale = string.Join("; ", d.Scale.Levels.Select(l => l.Code));
                foreach (var domain in d.Domains)
                {
                    foreach (var item in domain.Items)
                    {
                        await writer.WriteAsync([v.Name, v.Label, domain.Key, item.Key, item.Direction.ToString(), scale], ct);
                    }
                }
            }
        }

        files.Add("instruments.csv");
    }

    private async Task WriteReadMeAsync(EvaluatedProgram program, string recipient, EvaluationDataset data, long outcomes, long ratings, ResearchExportOptions options, List<string> files, CancellationToken ct)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Research export of '{program.Name}' for {recipient}, made {clock.UtcNow:yyyy-MM-dd}.")
            .AppendLine(CultureInfo.InvariantCulture, $"Participants: {data.Count}; outcomes: {outcomes}; assessment ratings: {ratings}.")
            .AppendLine(CultureInfo.InvariantCulture, $"{data.ExcludedWithoutConsent} participants of the program are not in this export: their consent does not cover evaluation, or was withdrawn.")
            .AppendLine("Pseudonyms are keyed to this recipient: they differ from the program's participant codes and from any other recipient's pseudonyms.")
            .AppendLine(options.Dates == DateMasking.Shift
                ? $"Dates are shifted by a random offset per participant (up to {ResearchPseudonyms.MaxShiftDays} days either way), the same for all of that participant's dates: intervals are exact, calendar dates are not."
                : "There are no calendar dates: times are days since referral (entry) and since release.")
            .AppendLine("No names, identifiers, contact details, year of birth or free text (notes, details, formulations) are included.")
            .AppendLine("Variables and categories: codebook.csv; instrument versions and items: instruments.csv; coded-profile fields and options: coded_fields.csv.");
        await File.WriteAllTextAsync(Path.Combine(options.Directory, "README.txt"), text.ToString(), ct);
        files.Add("README.txt");
    }

    internal static async Task<IResearchTableWriter> OpenAsync(ResearchTable table, ResearchExportOptions options, List<string> files, CancellationToken ct)
    {
        var writers = new List<IResearchTableWriter>();
        if (options.Format.HasFlag(ExportFormat.Csv))
        {
            writers.Add(await ResearchCsvWriter.CreateAsync(Path.Combine(options.Directory, table.Name + ".csv"), table, ct));
            files.Add(table.Name + ".csv");
        }

        if (options.Format.HasFlag(ExportFormat.Parquet))
        {
            writers.Add(await ResearchParquetWriter.CreateAsync(Path.Combine(options.Directory, table.Name + ".parquet"), table, ct));
            files.Add(table.Name + ".parquet");
        }

        return writers.Count == 1 ? writers[0] : new TeeWriter(writers);
    }

    private static string ClassOf(OutcomeType type) =>
        OutcomeTaxonomy.IsAdverse(type) ? "Adverse" : OutcomeTaxonomy.IsPositive(type) ? "Positive" : "Censoring";

    private static string Shorten(string recipient) => recipient.Length <= 80 ? recipient : recipient[..80];

    /// <summary>Writes the same rows to CSV and Parquet in one pass over the database.</summary>
    private sealed class TeeWriter(List<IResearchTableWriter> writers) : IResearchTableWriter
    {
        public async ValueTask WriteAsync(object?[] row, CancellationToken ct)
        {
            foreach (var w in writers)
            {
                await w.WriteAsync(row, ct);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var w in writers)
            {
                await w.DisposeAsync();
            }
        }
    }
}
