using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Worklist;

namespace Offramp.Core.Assessments.Alerts;

/// <summary>
/// Compares an agreed assessment with the participant's previous agreed one (on any version of the same instrument,
/// items matched through the version mappings) and puts an alert on the worklist of the case team and of the program
/// directors when the judgement rises to the highest level, or a protective item present before is now absent.
/// An alert is a task to look at, not a disclosure: disclosure is the director's separate, governed decision.
/// </summary>
public sealed class AssessmentAlerts(OfframpDbContext db, TaskPlanner tasks, IClock clock)
{
    public const string SourceType = "assessment-alert";

    public async Task<IReadOnlyList<string>> RaiseAsync(Participant participant, Assessment current, InstrumentDefinition instrument, CancellationToken ct)
    {
        var history = await AgreedHistory.LoadAsync(db, participant.Id, instrument.Name, current.Id, ct);
        var previous = history.LastOrDefault(h => h.Assessment.AssessedOn <= current.AssessedOn);
        var reasons = new List<string>();
        var highest = instrument.Judgements[^1];
        if (current.OverallJudgement == highest.Code && previous?.Assessment.OverallJudgement != highest.Code)
        {
            reasons.Add($"Overall judgement rose to {highest.Label}");
        }

        if (previous is not null)
        {
            var lineage = new ItemLineage([.. history.Select(h => h.Definition), instrument]);
            var before = previous.Assessment.Consensus.ToDictionary(c => lineage.RootOf(previous.Definition.Version, c.ItemKey), c => c.Level, StringComparer.Ordinal);
            var lowest = instrument.Scale.Levels[0].Code;
            foreach (var item in instrument.Items.Where(i => i.Direction == ItemDirection.Protective))
            {
                var now = current.Consensus.SingleOrDefault(c => c.ItemKey == item.Key)?.Level;
                var root = lineage.RootOf(instrument.Version, item.Key);
                if (now == lowest && before.TryGetValue(root, out var then) && previous.Definition.Scale.IndexOf(then) > 0)
                {
                    reasons.Add($"Protective factor lost: {item.Key}");
                }
            }
        }

        foreach (var reason in reasons)
        {
            // Titles carry item keys and judgement labels only, never case content: the code is shown beside them.
            var title = $"Assessment alert: {reason}";
            tasks.Add(participant, TaskKinds.Alert, title, clock.Today, TaskAudience.CaseTeam, sourceType: SourceType, sourceId: current.Id);
            tasks.Add(participant, TaskKinds.Alert, title, clock.Today, TaskAudience.ProgramDirectors, sourceType: SourceType, sourceId: current.Id);
            db.Audit.Record(AuditActions.Create, AuditEntities.AssessmentAlert, current.Id, participant.Id, reason);
        }

        return reasons;
    }
}
