using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// The coded facts evaluation needs about a program's consenting participants, as parallel arrays (one slot per
/// participant) so a million participants stay compact and the statistics run on arrays. No identity, no free text:
/// the ids are only for joining and for keyed pseudonyms. Dates are day numbers (<see cref="DateOnly.DayNumber"/>).
/// </summary>
public sealed class EvaluationDataset
{
    public const int NoDate = int.MinValue;

    public required DateOnly AsOf { get; init; }

    /// <summary>Participants of the program left out because their consent does not cover evaluation (or was withdrawn).</summary>
    public required int ExcludedWithoutConsent { get; init; }

    public required Guid[] Ids { get; init; }

    public required Gender[] Genders { get; init; }

    /// <summary>0 when not recorded.</summary>
    public required int[] YearOfBirth { get; init; }

    /// <summary>Null where no referral is recorded.</summary>
    public required ReferralSource?[] Sources { get; init; }

    /// <summary>Entry to the program: the earliest referral date.</summary>
    public required int[] EntryDay { get; init; }

    /// <summary>Latest actual release on the justice timeline, or <see cref="NoDate"/>.</summary>
    public required int[] ReleaseDay { get; init; }

    /// <summary>Latest licence or probation start on the justice timeline, or <see cref="NoDate"/>.</summary>
    public required int[] LicenceStartDay { get; init; }

    /// <summary>Earliest alternative-to-prosecution agreement, or <see cref="NoDate"/>.</summary>
    public required int[] AgreementDay { get; init; }

    /// <summary>Earliest return from a conflict zone, or <see cref="NoDate"/>.</summary>
    public required int[] ReturnDay { get; init; }

    public required Completion[] Completions { get; init; }

    /// <summary>Outcomes not retracted: participant slot, type, day.</summary>
    public required int[] OutcomeParticipant { get; init; }

    public required OutcomeType[] OutcomeTypes { get; init; }

    public required int[] OutcomeDay { get; init; }

    public int Count => Ids.Length;

    public int AsOfDay => AsOf.DayNumber;

    /// <summary>Each participant's time zero for <paramref name="anchor"/> (<see cref="NoDate"/> where the event is not recorded).</summary>
    public int[] AnchorDays(Metrics.MetricAnchor anchor) => anchor switch
    {
        Metrics.MetricAnchor.Release => ReleaseDay,
        Metrics.MetricAnchor.LicenceStart => LicenceStartDay,
        Metrics.MetricAnchor.AgreementDate => AgreementDay,
        Metrics.MetricAnchor.ReturnDate => ReturnDay,
        _ => EntryDay,
    };

    public AgeBand AgeBandOf(int i) => AgeBands.Of(YearOfBirth[i] == 0 ? null : YearOfBirth[i], DateOnly.FromDayNumber(EntryDay[i]).Year);
}
