namespace Offramp.Core.Stages;

public enum Stage
{
    Referred,
    Screening,
    Consented,
    Assessment,
    Intervention,
    Transition,
    Aftercare,
    FollowUp,
    Closed,
    Declined,
    Withdrawn,
    Transferred,
}
