using Offramp.Core.Stages;

namespace Offramp.Core.Participants.Caseload;

/// <summary>
/// The columns a summary is made from. A caseload page reads only these: reading whole participants brought every
/// sealed field (address, contacts, national id, aliases) of fifty people from disk and into memory for nothing.
/// </summary>
public sealed record SummarySource(Guid Id, string Code, byte[]? GivenNameSealed, byte[]? FamilyNameSealed, Stage Stage, Guid ProgramId)
{
    /// <summary>For callers that hold the whole participant already (search ranks by the opened names).</summary>
    public static SummarySource Of(Participant participant) =>
        new(participant.Id, participant.Code, participant.GivenNameSealed, participant.FamilyNameSealed, participant.Stage, participant.ProgramId);
}
