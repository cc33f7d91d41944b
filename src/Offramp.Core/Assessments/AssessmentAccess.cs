using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Scheduling;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments;

/// <summary>Loads assessments through the participant gate: an assessment of a participant out of scope does not exist.</summary>
public sealed class AssessmentAccess(OfframpDbContext db, ParticipantAccess participants)
{
    public async Task<RaterRules> RulesAsync(Guid participantId, CancellationToken ct)
    {
        var standing = await participants.GetAsync(participantId, ct);
        var settings = await db.Set<ProgramAssessmentSettings>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.ProgramId == standing.Participant.ProgramId, ct);
        return new RaterRules(standing, settings?.MentorsMayRate ?? false, settings?.CaseworkersMayRate ?? false);
    }

    /// <summary>The assessment with its submissions and consensus, tracked for a change when <paramref name="forUpdate"/>.</summary>
    public async Task<Assessment> LoadAsync(Guid participantId, Guid assessmentId, bool forUpdate, CancellationToken ct)
    {
        var query = db.Set<Assessment>().Include(a => a.Submissions).ThenInclude(s => s.Ratings).Include(a => a.Consensus).AsSplitQuery();
        return await (forUpdate ? query : query.AsNoTracking())
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
    }

    public async Task<InstrumentVersion> InstrumentAsync(Guid instrumentVersionId, CancellationToken ct) =>
        await db.Set<InstrumentVersion>().AsNoTracking().SingleAsync(v => v.Id == instrumentVersionId, ct);
}
