using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>Every row of one synthetic participant's history, ready to insert together.</summary>
internal sealed class SyntheticCase(Participant participant)
{
    public Participant Participant { get; } = participant;

    public List<BlindIndexEntry> Index { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<ConsentRecord> Consents { get; } = [];

    public List<StageChange> Stages { get; } = [];

    public List<CaseTeamMember> Team { get; } = [];

    public List<JusticeEvent> Justice { get; } = [];

    public List<CaseSession> Sessions { get; } = [];

    public List<SessionAttendee> SessionAttendees { get; } = [];
}
