using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.Assessments.Trajectory;

/// <summary>
/// "What changed" between two agreed assessments of the same instrument, item by item (matched across versions):
/// the agreed level on each side, the team's rationale and disagreement notes, and who rated what and why.
/// </summary>
public sealed class CompareAssessments(OfframpDbContext db, AssessmentAccess access, FieldCipher cipher)
{
    public async Task<AssessmentComparison> ExecuteAsync(Guid participantId, Guid fromId, Guid toId, CancellationToken ct = default)
    {
        await access.RulesAsync(participantId, ct);
        var from = await access.LoadAsync(participantId, fromId, forUpdate: false, ct);
        var to = await access.LoadAsync(participantId, toId, forUpdate: false, ct);
        if (from.Status != AssessmentStatus.Agreed || to.Status != AssessmentStatus.Agreed)
        {
            throw new DomainException("Compare two assessments whose consensus is recorded: before that the ratings are blind.", from.Status != AssessmentStatus.Agreed ? "from" : "to");
        }

        var fromVersion = await access.InstrumentAsync(from.InstrumentVersionId, ct);
        var toVersion = await access.InstrumentAsync(to.InstrumentVersionId, ct);
        if (fromVersion.Name != toVersion.Name)
        {
            throw new DomainException(Phrase.Of($"These assessments use different instruments ('{fromVersion.Name}' and '{toVersion.Name}')."), "to");
        }

        var language = TranslatableText.ReaderLanguage;
        var (fromDef, toDef) = (fromVersion.Parsed().In(language), toVersion.Parsed().In(language));
        var all = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => v.OrganisationId == toVersion.OrganisationId && v.Name == toVersion.Name).ToListAsync(ct);
        var lineage = new ItemLineage(all.Select(v => v.Parsed()));
        var raters = from.Submissions.Concat(to.Submissions).Select(s => s.RaterUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => raters.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        ItemSide? Side(Assessment a, InstrumentDefinition def, string root)
        {
            var item = def.Items.FirstOrDefault(i => lineage.RootOf(def.Version, i.Key) == root);
            var agreed = item is null ? null : a.Consensus.FirstOrDefault(c => c.ItemKey == item.Key);
            if (item is null || agreed is null)
            {
                return null;
            }

            var rated = a.Submissions.OrderBy(s => s.SubmittedAt).SelectMany(s => s.Ratings.Where(r => r.ItemKey == item.Key).Select(r =>
                new RaterAnswer(names.GetValueOrDefault(s.RaterUserId, "former user"), s.RaterRole, r.Level, def.Scale.LabelOf(r.Level), cipher.Open(r.RationaleSealed, r.Id, "Rationale"))));
            return new ItemSide(item.Key, agreed.Level, def.Scale.LabelOf(agreed.Level), def.Scale.IndexOf(agreed.Level),
                cipher.Open(agreed.RationaleSealed, agreed.Id, "Rationale"), cipher.Open(agreed.DisagreementSealed, agreed.Id, "Disagreement"), [.. rated]);
        }

        var roots = toDef.Items.Select(i => (Root: lineage.RootOf(toDef.Version, i.Key), Item: i))
            .Concat(fromDef.Items.Select(i => (Root: lineage.RootOf(fromDef.Version, i.Key), Item: i)))
            .DistinctBy(x => x.Root).ToList();
        var changes = roots.Select(x =>
        {
            var (before, after) = (Side(from, fromDef, x.Root), Side(to, toDef, x.Root));
            return new ItemChange(x.Root, x.Item.Text, x.Item.Direction, toDef.DomainOf(x.Item.Key) is { } d && toDef.Item(x.Item.Key) is not null ? d.Name : fromDef.DomainOf(x.Item.Key).Name,
                before, after, before?.Level != after?.Level);
        }).ToList();

        db.Audit.Record(AuditActions.Read, AuditEntities.AssessmentComparison, to.Id, participantId, $"compared with {from.Id:N}");
        await db.SaveChangesAsync(ct);
        return new AssessmentComparison(from.Id, from.AssessedOn, from.OverallJudgement, to.Id, to.AssessedOn, to.OverallJudgement, changes);
    }
}

public sealed record AssessmentComparison(Guid FromId, DateOnly FromDate, string? FromJudgement, Guid ToId, DateOnly ToDate, string? ToJudgement, IReadOnlyList<ItemChange> Items);

/// <summary>One item across the two assessments; a side is null when the item did not exist in that version.</summary>
public sealed record ItemChange(string RootKey, string Text, ItemDirection Direction, string Domain, ItemSide? From, ItemSide? To, bool Changed);

public sealed record ItemSide(string ItemKey, string Level, string Label, int LevelIndex, string? Rationale, string? Disagreement, IReadOnlyList<RaterAnswer> Raters);

public sealed record RaterAnswer(string Rater, Role Role, string Level, string Label, string? Rationale);
