using Offramp.Core.Access;

namespace Offramp.Core.Assessments;

/// <summary>
/// Who may do what with a participant's assessments. Psychologists and faith counsellors on the case team always
/// rate; mentors and caseworkers on the team rate only where the program director allows it (Back on Track's trained
/// mentors may, a caseworker who runs the administrative path usually does not). The director chairs the consensus
/// without rating (unless also on the team in a rating role). Anyone on the case team reads assessments.
/// </summary>
public sealed record RaterRules(ParticipantStanding Standing, bool MentorsMayRate, bool CaseworkersMayRate)
{
    /// <summary>The team role the caller rates in, or null when they may not rate this participant.</summary>
    public Role? RatingRole =>
        Standing.IsOnTeamAs(Role.Psychologist) ? Role.Psychologist
        : Standing.IsOnTeamAs(Role.FaithCounsellor) ? Role.FaithCounsellor
        : MentorsMayRate && Standing.IsOnTeamAs(Role.Mentor) ? Role.Mentor
        : CaseworkersMayRate && Standing.IsOnTeamAs(Role.Caseworker) ? Role.Caseworker
        : null;

    public bool MayRate => RatingRole is not null;

    /// <summary>Opening an assessment: the case manager (caseworker or director) or a rater.</summary>
    public bool MayOpen => Standing.CanManageCase || MayRate;

    /// <summary>Recording the consensus: the director or a rater of the team.</summary>
    public bool MayChairConsensus => Standing.IsDirector || MayRate;

    /// <summary>
    /// Blind rating: others' ratings are shown to a rater only after they submitted their own, to a director who does
    /// not rate (they chair the consensus meeting), and to everyone on the case once the consensus is recorded.
    /// </summary>
    public bool SeesOthersRatings(Assessment assessment) =>
        assessment.Status == AssessmentStatus.Agreed
        || assessment.Submissions.Any(s => s.RaterUserId == Standing.Scope.UserId)
        || (Standing.IsDirector && !MayRate);
}
