using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.Access;

/// <summary>
/// What <see cref="ParticipantAccess"/> read from the database in this unit of work, kept until the unit of work saves.
/// A participant's page asks for the caller's standing three times (the record, its transfers, its disclosures) and a
/// start page for the caller's grants twice (worklist, caseload): the same queries, the same answers, a fifth of the
/// page's CPU. Anything saved through this context may change the answers (a team left, a grant ended), so every save,
/// even a failed one, forgets them all. Never shared beyond the unit of work: a scope belongs to one caller.
/// </summary>
internal sealed class LookupsUntilSaved
{
    private readonly OfframpDbContext db;
    private readonly Dictionary<Guid, (Participant Participant, List<Role> TeamRoles)> standings = [];
    private List<Guid>? grants;

    public LookupsUntilSaved(OfframpDbContext db)
    {
        this.db = db;
        db.SavedChanges += (_, _) => Forget();
        db.SaveChangesFailed += (_, _) => Forget();
    }

    /// <summary>
    /// The participant and the caller's team roles on the case as last read, if nothing was saved since and the
    /// participant is still tracked (a cleared change tracker would otherwise hand out an entity whose changes nobody saves).
    /// </summary>
    public bool TryGetStanding(Guid participantId, out Participant participant, out List<Role> teamRoles)
    {
        if (standings.TryGetValue(participantId, out var known) && db.Entry(known.Participant).State != EntityState.Detached)
        {
            (participant, teamRoles) = known;
            return true;
        }

        (participant, teamRoles) = (null!, null!);
        return false;
    }

    public void KeepStanding(Participant participant, List<Role> teamRoles) => standings[participant.Id] = (participant, teamRoles);

    public async Task<List<Guid>> GrantsAsync(Func<Task<List<Guid>>> read) => grants ??= await read();

    private void Forget()
    {
        standings.Clear();
        grants = null;
    }
}
