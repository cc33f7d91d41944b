namespace Offramp.Core.Participants.Update;

/// <summary>A correction of a participant's identifying details and demographics, under the same rules as at registration.</summary>
public sealed class UpdateParticipantDetailsCommand : ParticipantDetailsCommand;
