using Microsoft.EntityFrameworkCore;

using Offramp.Core.Retention;
using Offramp.Core.Stages;

namespace Offramp.TestSupport;

/// <summary>Closed cases of a given age and legal holds, for the retention tests of the pages and the command line.</summary>
public sealed partial class TestWorld
{
    /// <summary>
    /// A participant of <paramref name="programId"/> (registered by its director) whose case closed
    /// <paramref name="yearsAgo"/> years ago: closed through the API today, then the closure's date moved back.
    /// </summary>
    public async Task<Guid> ClosedCaseAsync(Guid programId, string nationalId, int yearsAgo)
    {
        var participant = (await RegisterParticipantAsync(Persona.Director, programId, c => c.Identity!.NationalId = nationalId)).Id;
        await MoveToAsync(participant, Stage.Closed, Today, Persona.Director);
        var closedOn = Today.AddYears(-yearsAgo);
        await DbAsync(db => db.StageChanges.Where(s => s.ParticipantId == participant && s.ToStage == Stage.Closed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EffectiveOn, closedOn)));
        return participant;
    }

    /// <summary>An active legal hold on the participant, placed by the director.</summary>
    public Task PlaceLegalHoldAsync(Guid participantId, string reason) => DbAsync(async db =>
    {
        db.Set<LegalHold>().Add(new LegalHold { OrganisationId = OrganisationId, ParticipantId = participantId, Reason = reason, PlacedByUserId = UserId(Persona.Director) });
        await db.SaveChangesAsync();
    });
}
