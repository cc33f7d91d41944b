using Offramp.Core.Common;
using Offramp.Core.Participants;
using Offramp.Core.Stages;

namespace Offramp.Core.Consent;

/// <summary>New case data (sessions, notes, plans) needs a participant who is in the program and has not withdrawn.</summary>
public static class ConsentGuard
{
    public static void RequireActiveConsent(Participant p)
    {
        if (p.ConsentWithdrawn)
        {
            throw new ConflictException("Consent has been withdrawn: no new case data can be recorded for this participant.");
        }

        if (!StageRules.IsOpen(p.Stage))
        {
            throw new ConflictException(Phrase.Of($"The record is {p.Stage}: no new case data can be recorded."));
        }
    }
}
