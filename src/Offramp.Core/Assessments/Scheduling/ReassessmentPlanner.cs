using Microsoft.EntityFrameworkCore;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Worklist;

namespace Offramp.Core.Assessments.Scheduling;

/// <summary>
/// After each agreed assessment, the next re-assessment of every rhythm the program set for that instrument goes on
/// the case team's worklist (due the assessment date plus the interval); the one it replaces is cancelled.
/// </summary>
public sealed class ReassessmentPlanner(OfframpDbContext db, TaskPlanner tasks)
{
    public const string SourceType = "reassessment";

    public async Task PlanAfterAsync(Participant participant, Assessment assessment, InstrumentDefinition instrument, CancellationToken ct)
    {
        var rhythms = await db.Set<ProgramAssessmentSettings>().AsNoTracking()
            .Where(s => s.ProgramId == participant.ProgramId)
            .SelectMany(s => s.Rhythms)
            .Where(r => r.InstrumentName == instrument.Name)
            .ToListAsync(ct);
        foreach (var rhythm in rhythms)
        {
            foreach (var open in (await tasks.OpenFromAsync(SourceType, rhythm.Id, ct)).Where(t => t.ParticipantId == participant.Id))
            {
                tasks.Cancel(open, "Replaced by the next re-assessment after an agreed assessment.");
            }

            tasks.Add(participant, TaskKinds.Reassessment, $"Re-assessment due: {rhythm.Label} ({instrument.Name})",
                assessment.AssessedOn.AddDays(rhythm.IntervalDays), TaskAudience.CaseTeam, sourceType: SourceType, sourceId: rhythm.Id);
        }
    }
}
