using Offramp.Core.Common;

namespace Offramp.Core.Network;

/// <summary>
/// One person or group in a participant's network, judged as a positive resource, neutral or a risk (e.g. still in the
/// movement). Who it is stays sealed; the relation and the judgement are coded. Family is involved in the work only
/// where marked positive and with the participant's consent to family contact.
/// </summary>
public sealed class NetworkTie : Entity
{
    public Guid ParticipantId { get; set; }

    public TieRelation Relation { get; set; }

    public required byte[] DescriptionSealed { get; set; }

    public TieAssessment Assessment { get; set; }

    public bool InvolvedInProgram { get; set; }

    public byte[]? NoteSealed { get; set; }

    public DateOnly RecordedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public Guid RecordedByUserId { get; set; }
}

public enum TieRelation
{
    Family,
    Partner,
    Friend,
    Community,
    Religious,
    FormerAssociate,
    Professional,
}

public enum TieAssessment
{
    PositiveResource,
    Neutral,
    Risk,
}
