using Offramp.Core.Consent;
using Offramp.Core.Organisations;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>
/// The stage path of one synthetic participant, fitted to the justice timeline: referral, screening, consent,
/// assessment and intervention in order; for custodial programs transition on the day of release, then aftercare
/// and follow-up, never before it; for the others aftercare and follow-up once the intervention ends. Nothing is
/// dated after today.
/// </summary>
internal sealed partial class SyntheticCaseFactory
{
    /// <summary>Adds the referral, consent and stage changes; returns the last day of active work (sessions end there).</summary>
    private DateOnly AddReferralAndPath(SyntheticCase c, OfframpProgram program, DateOnly referredOn, Guid caseworker, DateOnly? release, string? guardian, bool mayLeaveEarly)
    {
        var source = program.Kind switch
        {
            ProgramKind.Prison or ProgramKind.DetentionOrCamp => random.NextDouble() < 0.7 ? ReferralSource.SecurityStaff : ReferralSource.Self,
            ProgramKind.Probation => ReferralSource.Probation,
            ProgramKind.AlternativeToProsecution => ReferralSource.Court,
            ProgramKind.Returnee => random.NextDouble() < 0.5 ? ReferralSource.SecurityStaff : ReferralSource.Family,
            _ => random.NextDouble() < 0.5 ? ReferralSource.Community : ReferralSource.Family,
        };
        var referral = new Referral { ParticipantId = c.Participant.Id, Source = source, ReferredOn = referredOn, Referrer = ReferrerFor(source), RecordedByUserId = caseworker };
        referral.ReasonSealed = cipher.Seal("Concern about continued contact with a violent group; open to talking.", referral.Id, "Reason");
        c.Referrals.Add(referral);
        AddStage(c, null, Stage.Referred, referredOn, caseworker);

        var date = referredOn;
        bool Next(int minDays, int maxDays)
        {
            var next = date.AddDays(random.Next(minDays, maxDays + 1));
            if (next > today)
            {
                return false;
            }

            date = next;
            return true;
        }

        if (!Next(3, 21))
        {
            return today;
        }

        var declined = random.NextDouble() < 0.08;
        AddStage(c, Stage.Referred, Stage.Screening, date, caseworker);
        referral.Screening = declined ? ScreeningDecision.Declined : ScreeningDecision.Accepted;
        referral.ScreeningReason = declined ? "Not motivated to take part at present." : "Eligible and willing to engage.";
        referral.ScreenedOn = date;
        referral.ScreenedByUserId = caseworker;
        if (declined)
        {
            AddStage(c, Stage.Screening, Stage.Declined, date, caseworker);
            return date;
        }

        if (!Next(3, 21))
        {
            return today;
        }

        AddStage(c, Stage.Screening, Stage.Consented, date, caseworker);
        c.Consents.Add(new ConsentRecord
        {
            ParticipantId = c.Participant.Id,
            GivenOn = date,
            FormVersion = "2025-1",
            CoversParticipation = true,
            CoversFamilyContact = random.NextDouble() < 0.6,
            CoversEvaluation = random.NextDouble() < 0.85,
            GuardianName = guardian,
            GuardianConsented = guardian is not null,
            RecordedByUserId = caseworker,
        });
        c.Participant.EvaluationConsent = c.Consents[^1].CoversEvaluation;

        foreach (var (stage, min, max) in new[] { (Stage.Assessment, 7, 45), (Stage.Intervention, 14, 60) })
        {
            if (!Next(min, max))
            {
                return today;
            }

            AddStage(c, c.Participant.Stage, stage, date, caseworker);
            if (LeavesBefore(c, stage, date, release, caseworker, mayLeaveEarly) is { } left)
            {
                return left;
            }
        }

        // Custodial programs run until release; the others until the intervention ends, after four to fourteen months.
        var ends = release ?? date.AddMonths(random.Next(4, 15));
        if (ends > today)
        {
            return today;
        }

        if (release is not null)
        {
            AddStage(c, Stage.Intervention, Stage.Transition, ends, caseworker, "Released: handover to the community team");
        }

        date = ends;
        var aftercareFrom = c.Participant.Stage;
        if (!Next(release is null ? 0 : 14, release is null ? 0 : 56))
        {
            return today;
        }

        AddStage(c, aftercareFrom, Stage.Aftercare, date, caseworker);
        var aftercareStarted = date;
        if (!Next(90, 270))
        {
            return today;
        }

        AddStage(c, Stage.Aftercare, Stage.FollowUp, date, caseworker, "Aftercare ended; follow-up contacts continue");
        var followUpFrom = date;
        if (ends.AddMonths(60) <= today)
        {
            AddStage(c, Stage.FollowUp, Stage.Closed, ends.AddMonths(60), caseworker, "Completed: five years of follow-up");
        }

        return followUpFrom > aftercareStarted ? followUpFrom : aftercareStarted;
    }

    /// <summary>
    /// Some participants stop during assessment or intervention: a few withdraw consent (and leave the evaluation);
    /// more leave the program early but stay in the evaluation, as the comparison of completers with early leavers
    /// needs. Both happen before release. Returns the day they left, or null when they stay.
    /// </summary>
    private DateOnly? LeavesBefore(SyntheticCase c, Stage stage, DateOnly from, DateOnly? release, Guid caseworker, bool mayLeaveEarly)
    {
        var withdraws = random.NextDouble() < 0.03;
        var leaves = mayLeaveEarly && leaving.NextDouble() < (stage == Stage.Assessment ? 0.08 : 0.18);
        if (!withdraws && !leaves)
        {
            return null;
        }

        var last = release is { } r && r < today ? r.AddDays(-1) : today;
        var on = from.AddDays(random.Next(1, 1 + Math.Max(1, Math.Min(180, last.DayNumber - from.DayNumber))));
        if (on > last)
        {
            return null;
        }

        if (withdraws)
        {
            c.Consents[^1].WithdrawnOn = on;
            c.Consents[^1].WithdrawalReason = "Participant chose to stop.";
            c.Participant.ConsentWithdrawn = true;
            c.Participant.EvaluationConsent = false;
            AddStage(c, stage, Stage.Withdrawn, on, caseworker);
        }
        else
        {
            AddStage(c, stage, Stage.Closed, on, caseworker, "Left early: stopped attending the program.");
        }

        return on;
    }

    private static void AddStage(SyntheticCase c, Stage? from, Stage to, DateOnly on, Guid by, string? reason = null)
    {
        c.Stages.Add(new StageChange
        {
            ParticipantId = c.Participant.Id,
            FromStage = from,
            ToStage = to,
            EffectiveOn = on,
            ChangedByUserId = by,
            Reason = reason ?? (to == Stage.Referred ? "Referral received" : $"Moved to {to}"),
            RecordedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero).AddSeconds(c.Stages.Count),
        });
        c.Participant.Stage = to;
    }

    /// <summary>Who made the referral, as a caseworker would write it (never the code's name).</summary>
    private static string ReferrerFor(ReferralSource source) => source switch
    {
        ReferralSource.SecurityStaff => "Prison security officer",
        ReferralSource.Probation => "Probation officer",
        ReferralSource.Court => "Court liaison officer",
        ReferralSource.Family => "A family member",
        ReferralSource.Community => "Community worker",
        ReferralSource.Self => "Self-referral",
        _ => "Partner agency",
    };
}
