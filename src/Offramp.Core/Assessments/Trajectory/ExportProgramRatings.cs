using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Assessments.Trajectory;

/// <summary>
/// The raw independent ratings of a program's assessments on one instrument, in long format for the agreement
/// statistics, with no identity in them: assessments are numbered, raters are "rater 1", "rater 2" in the order they
/// submitted. Only participants whose consent covers evaluation are included. For the program's directors and evaluators.
/// </summary>
public sealed class ExportProgramRatings(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<ProgramRatings> ExecuteAsync(Guid programId, string instrumentName, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!(scope.Has(Role.ProgramDirector, programId) || scope.Has(Role.Evaluator, programId)) ||
            !await db.Programs.AnyAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, ct))
        {
            throw new NotFoundException();
        }

        var versions = await db.Set<InstrumentVersion>().AsNoTracking()
            .Where(v => v.OrganisationId == scope.OrganisationId && v.Name == instrumentName && v.Status == InstrumentStatus.Published)
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            throw new DomainException(Phrase.Of($"Your organisation has no published instrument named '{instrumentName}'."), "instrument");
        }

        var definitions = versions.ToDictionary(v => v.Id, v => v.Parsed());
        var latest = definitions[versions.OrderBy(v => v.PublishedAt).Last().Id];
        var lineage = new ItemLineage(definitions.Values);
        var ids = definitions.Keys.ToList();
        var assessments = await db.Set<Assessment>().AsNoTracking().Include(a => a.Submissions).ThenInclude(s => s.Ratings).AsSplitQuery()
            .Where(a => a.ProgramId == programId && ids.Contains(a.InstrumentVersionId))
            .Where(a => db.Set<Participant>().Any(p => p.Id == a.ParticipantId && p.EvaluationConsent && !p.ConsentWithdrawn))
            .OrderBy(a => a.AssessedOn).ThenBy(a => a.Id)
            .ToListAsync(ct);

        var rows = new List<RatingRow>();
        var number = 0;
        foreach (var a in assessments)
        {
            number++;
            var definition = definitions[a.InstrumentVersionId];
            var position = 0;
            foreach (var s in a.Submissions.OrderBy(s => s.SubmittedAt))
            {
                position++;
                rows.AddRange(s.Ratings.Select(r => new RatingRow($"assessment {number}", $"rater {position}",
                    definition.DomainOf(r.ItemKey).Key, lineage.RootOf(definition.Version, r.ItemKey), r.Level)));
            }
        }

        var items = new Dictionary<string, RatedItem>(StringComparer.Ordinal);
        foreach (var version in versions.OrderBy(v => v.PublishedAt))
        {
            var definition = definitions[version.Id];
            foreach (var domain in definition.Domains)
            {
                foreach (var item in domain.Items)
                {
                    var root = lineage.RootOf(definition.Version, item.Key);
                    items[root] = new RatedItem(root, item.Text, domain.Name);
                }
            }
        }

        db.Audit.Record(AuditActions.Read, AuditEntities.AssessmentAgreement, programId, null, $"{instrumentName}: {assessments.Count} assessments, {rows.Count} ratings");
        await db.SaveChangesAsync(ct);
        return new ProgramRatings(instrumentName, latest, assessments.Count, rows, [.. items.Values]);
    }
}

/// <param name="Items">Every item of the instrument's versions under its lineage key (the <see cref="RatingRow.ItemKey"/> of its ratings), with the wording and domain of the latest version that has it.</param>
public sealed record ProgramRatings(string InstrumentName, InstrumentDefinition Latest, int Assessments, IReadOnlyList<RatingRow> Rows, IReadOnlyList<RatedItem> Items);

public sealed record RatedItem(string Key, string Text, string DomainName);

public sealed record RatingRow(string Subject, string Rater, string DomainKey, string ItemKey, string Level);
