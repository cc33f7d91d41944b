using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;

namespace Offramp.Web.Evaluation;

/// <summary>The cohort builder's criteria as query parameters (all optional), shared by the API and the report page.</summary>
public sealed class CohortQuery
{
    public DateOnly? EntryFrom { get; set; }

    public DateOnly? EntryTo { get; set; }

    public DateOnly? ReleaseFrom { get; set; }

    public DateOnly? ReleaseTo { get; set; }

    public Gender? Gender { get; set; }

    public AgeBand? AgeBand { get; set; }

    public ReferralSource? ReferralSource { get; set; }

    public Completion? Completion { get; set; }

    public CohortComparison? Comparison { get; set; }

    public Guid? ComparisonGroupId { get; set; }

    public CohortFilter ToFilter() => new()
    {
        EntryFrom = EntryFrom,
        EntryTo = EntryTo,
        ReleaseFrom = ReleaseFrom,
        ReleaseTo = ReleaseTo,
        Gender = Gender,
        AgeBand = AgeBand,
        ReferralSource = ReferralSource,
        Completion = Completion,
        Comparison = Comparison ?? (ComparisonGroupId is null ? CohortComparison.CompletersVsEarlyLeavers : CohortComparison.ExternalGroup),
        ComparisonGroupId = ComparisonGroupId,
    };
}
