using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Trajectory;

/// <summary>
/// Each domain of one instrument over time: the agreed level of every item at every agreed assessment, items matched
/// across versions. Items are never summed into a domain score (structured professional judgement rates factors).
/// </summary>
public sealed class GetTrajectory(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<TrajectoryView?> ExecuteAsync(Guid participantId, string? instrumentName = null, CancellationToken ct = default)
    {
        await access.GetAsync(participantId, ct);
        var names = await (
                from a in db.Set<Assessment>().AsNoTracking()
                join v in db.Set<InstrumentVersion>().AsNoTracking() on a.InstrumentVersionId equals v.Id
                where a.ParticipantId == participantId && a.Status == AssessmentStatus.Agreed
                select v.Name)
            .Distinct().ToListAsync(ct);
        var name = instrumentName ?? names.Order(StringComparer.Ordinal).FirstOrDefault();
        db.Audit.Record(AuditActions.Read, AuditEntities.AssessmentTrajectory, null, participantId, name is null ? "none" : null);
        await db.SaveChangesAsync(ct);
        if (name is null || !names.Contains(name))
        {
            return null;
        }

        // Shown to a person: texts in the reader's language (keys and codes, which the lineage follows, are the same).
        var language = TranslatableText.ReaderLanguage;
        var history = (await AgreedHistory.LoadAsync(db, participantId, name, except: null, ct))
            .Select(h => h with { Definition = h.Definition.In(language) }).ToList();
        var latest = history.OrderBy(h => h.Assessment.AgreedAt).Last().Definition;
        var lineage = new ItemLineage(history.Select(h => h.Definition).DistinctBy(d => d.Version));
        var domains = latest.Domains.Select(d => new DomainTrajectory(d.Key, d.Name, [.. d.Items.Select(item =>
        {
            var root = lineage.RootOf(latest.Version, item.Key);
            var points = history.Select(h =>
            {
                var agreed = h.Assessment.Consensus.FirstOrDefault(c => lineage.RootOf(h.Definition.Version, c.ItemKey) == root);
                return agreed is null ? null : new TrajectoryPoint(h.Assessment.Id, h.Assessment.AssessedOn, agreed.Level, h.Definition.Scale.IndexOf(agreed.Level), h.Definition.Scale.LabelOf(agreed.Level));
            }).OfType<TrajectoryPoint>().ToList();
            return new ItemTrajectory(item.Key, root, item.Text, item.Direction, points);
        })])).ToList();
        return new TrajectoryView(name, names, latest.Scale.Levels, domains,
            [.. history.Select(h => new TrajectoryAssessment(h.Assessment.Id, h.Assessment.AssessedOn, h.Assessment.Kind, h.Definition.Version,
                h.Assessment.OverallJudgement is { } j ? h.Definition.Judgements.FirstOrDefault(x => x.Code == j)?.Label ?? j : null))]);
    }
}

public sealed record TrajectoryView(string InstrumentName, IReadOnlyList<string> Instruments, IReadOnlyList<ScaleLevel> Levels, IReadOnlyList<DomainTrajectory> Domains, IReadOnlyList<TrajectoryAssessment> Assessments);

public sealed record TrajectoryAssessment(Guid Id, DateOnly AssessedOn, AssessmentKind Kind, string InstrumentVersion, string? Judgement);

public sealed record DomainTrajectory(string Key, string Name, IReadOnlyList<ItemTrajectory> Items);

public sealed record ItemTrajectory(string Key, string RootKey, string Text, ItemDirection Direction, IReadOnlyList<TrajectoryPoint> Points);

/// <summary>One agreed rating; <see cref="LevelIndex"/> is -1 for "unknown / could not rate" (a gap, not a zero).</summary>
public sealed record TrajectoryPoint(Guid AssessmentId, DateOnly AssessedOn, string Level, int LevelIndex, string Label);
