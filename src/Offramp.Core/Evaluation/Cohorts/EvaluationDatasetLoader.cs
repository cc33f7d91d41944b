using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads a program's evaluation data as a lean projection: a handful of narrow streaming queries that pull only coded
/// columns (never a sealed one, so nothing is decrypted), joined in memory by participant. Consent is applied in the
/// query: a participant whose consent does not cover evaluation is never read, only counted.
/// </summary>
public sealed class EvaluationDatasetLoader(OfframpDbContext db)
{
    private static readonly Stage[] CompletedStages = [Stage.Transition, Stage.Aftercare, Stage.FollowUp];

    public async Task<EvaluationDataset> LoadAsync(EvaluatedProgram program, DateOnly asOf, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var programId = program.Id;
        var organisationId = program.OrganisationId;
        var all = db.Participants.AsNoTracking().Where(p => p.ProgramId == programId && p.OrganisationId == organisationId);
        var consenting = all.Where(p => p.EvaluationConsent && !p.ConsentWithdrawn);
        var excluded = await all.CountAsync(p => !p.EvaluationConsent || p.ConsentWithdrawn, ct);

        progress?.Report("participants");
        var index = new Dictionary<Guid, int>();
        var ids = new List<Guid>();
        var genders = new List<Gender>();
        var born = new List<int>();
        var stages = new List<Stage>();
        var created = new List<int>();
        await foreach (var p in consenting.Select(p => new { p.Id, p.Gender, p.YearOfBirth, p.Stage, p.CreatedAt }).AsAsyncEnumerable().WithCancellation(ct))
        {
            index[p.Id] = ids.Count;
            ids.Add(p.Id);
            genders.Add(p.Gender);
            born.Add(p.YearOfBirth ?? 0);
            stages.Add(p.Stage);
            created.Add(DateOnly.FromDateTime(p.CreatedAt.UtcDateTime).DayNumber);
        }

        var count = ids.Count;
        var sources = new ReferralSource?[count];
        var entry = created.ToArray();
        var hasReferral = new bool[count];
        progress?.Report("referrals");
        await foreach (var r in db.Referrals.AsNoTracking().Where(r => consenting.Any(p => p.Id == r.ParticipantId))
                           .Select(r => new { r.ParticipantId, r.Source, r.ReferredOn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var i = index[r.ParticipantId];
            var day = r.ReferredOn.DayNumber;
            if (!hasReferral[i] || day < entry[i])
            {
                (hasReferral[i], entry[i], sources[i]) = (true, day, r.Source);
            }
        }

        progress?.Report("releases");
        var release = new int[count];
        Array.Fill(release, EvaluationDataset.NoDate);
        await foreach (var e in db.JusticeEvents.AsNoTracking()
                           .Where(e => e.Kind == JusticeEventKind.ActualRelease && consenting.Any(p => p.Id == e.ParticipantId))
                           .Select(e => new { e.ParticipantId, e.OccurredOn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var i = index[e.ParticipantId];
            release[i] = Math.Max(release[i], e.OccurredOn.DayNumber);
        }

        progress?.Report("completion");
        var completed = new bool[count];
        await foreach (var id in db.StageChanges.AsNoTracking()
                           .Where(s => (CompletedStages.Contains(s.ToStage) || (s.ToStage == Stage.Closed && s.Reason.StartsWith("Completed:"))) &&
                                       consenting.Any(p => p.Id == s.ParticipantId))
                           .Select(s => s.ParticipantId).AsAsyncEnumerable().WithCancellation(ct))
        {
            completed[index[id]] = true;
        }

        progress?.Report("outcomes");
        var outcomeParticipant = new List<int>();
        var outcomeTypes = new List<OutcomeType>();
        var outcomeDay = new List<int>();
        await foreach (var o in db.Set<OutcomeEvent>().AsNoTracking()
                           .Where(o => o.RetractedOn == null && consenting.Any(p => p.Id == o.ParticipantId))
                           .Select(o => new { o.ParticipantId, o.Type, o.OccurredOn }).AsAsyncEnumerable().WithCancellation(ct))
        {
            outcomeParticipant.Add(index[o.ParticipantId]);
            outcomeTypes.Add(o.Type);
            outcomeDay.Add(o.OccurredOn.DayNumber);
        }

        return new EvaluationDataset
        {
            AsOf = asOf,
            ExcludedWithoutConsent = excluded,
            Ids = [.. ids],
            Genders = [.. genders],
            YearOfBirth = [.. born],
            Sources = sources,
            EntryDay = entry,
            ReleaseDay = release,
            Completions = [.. Enumerable.Range(0, count).Select(i => CompletionOf(stages[i], completed[i]))],
            OutcomeParticipant = [.. outcomeParticipant],
            OutcomeTypes = [.. outcomeTypes],
            OutcomeDay = [.. outcomeDay],
        };
    }

    private static Completion CompletionOf(Stage stage, bool reachedCompletion) => reachedCompletion
        ? Completion.Completed
        : stage switch
        {
            Stage.Referred or Stage.Screening or Stage.Declined or Stage.Transferred => Completion.NotStarted,
            Stage.Withdrawn or Stage.Closed => Completion.LeftEarly,
            _ => Completion.InProgram,
        };
}
