using Offramp.Core.Common;
using Offramp.Core.Participants;
using Offramp.Core.Stages;

namespace Offramp.Core.FollowUp;

/// <summary>
/// Follow-ups and outcomes continue after closure (that is their point), but not once consent is withdrawn, and not
/// for a participant who was declined or handed over to another program.
/// </summary>
public static class FollowUpGuard
{
    /// <summary>The same rule as a yes/no, for work that starts by itself and must then stay quiet rather than fail.</summary>
    public static bool IsFollowable(Participant p) => !p.ConsentWithdrawn && p.Stage is not (Stage.Declined or Stage.Transferred);

    public static void RequireFollowable(Participant p)
    {
        if (p.ConsentWithdrawn)
        {
            throw new ConflictException("Consent has been withdrawn: no follow-up information can be recorded for this participant.");
        }

        if (p.Stage is Stage.Declined or Stage.Transferred)
        {
            throw new ConflictException(Phrase.Of($"The record is {p.Stage}: follow-ups are recorded by the program now responsible."));
        }
    }
}
