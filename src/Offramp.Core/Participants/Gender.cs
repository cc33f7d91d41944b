namespace Offramp.Core.Participants;

public enum Gender
{
    NotRecorded,
    Female,
    Male,
    Other,
}
