using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Transition;

public sealed class TransitionPlanCommand : IValidatableCommand
{
    public Guid? CustodyLeadUserId { get; set; }

    public Guid? CommunityLeadUserId { get; set; }

    [PlausibleDate]
    public DateOnly? HandoverOn { get; set; }

    public bool HandoverCompleted { get; set; }

    [DefinedEnum]
    public ArrangementStatus Housing { get; set; }

    [DefinedEnum]
    public ArrangementStatus WorkOrEducation { get; set; }

    [DefinedEnum]
    public ArrangementStatus IdentityDocuments { get; set; }

    [DefinedEnum]
    public ArrangementStatus Health { get; set; }

    [StringLength(10000)]
    public string? ArrangementNotes { get; set; }

    [DefinedEnum]
    public ThreatLevel Threat { get; set; }

    [PastDate]
    public DateOnly? ThreatAssessedOn { get; set; }

    [StringLength(2000)]
    public string? SafeLocation { get; set; }

    [StringLength(5000)]
    public string? ContactRules { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (HandoverCompleted && HandoverOn is null)
        {
            yield return (nameof(HandoverOn), "Enter the date of the handover.");
        }

        if (Threat != ThreatLevel.NotAssessed && ThreatAssessedOn is null)
        {
            yield return (nameof(ThreatAssessedOn), "Enter when the threat was assessed.");
        }

        if (Threat is ThreatLevel.Moderate or ThreatLevel.High && string.IsNullOrWhiteSpace(ContactRules))
        {
            yield return (nameof(ContactRules), "With a moderate or high threat, write the contact rules.");
        }
    }
}
