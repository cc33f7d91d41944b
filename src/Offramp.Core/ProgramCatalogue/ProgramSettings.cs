using Offramp.Core.Common;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// How one program runs its cycles: review intervals and the follow-up horizons. A program without a row uses
/// <see cref="Defaults"/> (reviews every three months; follow-ups 3, 6, 12, 24, 36 and 60 months out).
/// </summary>
public sealed class ProgramSettings : Entity
{
    public static readonly IReadOnlyList<int> DefaultFollowUpMonths = [3, 6, 12, 24, 36, 60];

    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    /// <summary>The catalogue template the program follows, if any: its modules and expected dose.</summary>
    public Guid? TemplateId { get; set; }

    public int PlanReviewIntervalMonths { get; set; } = 3;

    public int AgreementReviewIntervalMonths { get; set; } = 3;

    /// <summary>Months after release or completion at which a follow-up is due, ascending.</summary>
    public List<int> FollowUpMonths { get; set; } = [.. DefaultFollowUpMonths];

    public static ProgramSettings Defaults(Guid organisationId, Guid programId) => new() { OrganisationId = organisationId, ProgramId = programId };
}
