namespace Offramp.Core.Disclosure;

/// <summary>What a director may choose to release, one by one: the minimum needed, never "the file".</summary>
public enum DisclosableField
{
    ParticipantCode,
    GivenName,
    FamilyName,
    Aliases,
    DateOfBirth,
    NationalId,
    Contacts,
    Address,
    Nationality,
    Program,
    Stage,
    ConcernObservedOn,
    ConcernObservation,
}
