using Offramp.Core.Formulation;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;

namespace Offramp.Core.Transfers;

/// <summary>What travels: coded facts always, the other sections only if the participant consented to share them.</summary>
public sealed record TransferPackage(
    string SourceCode,
    string SourceOrganisation,
    string SourceProgram,
    string Reason,
    Gender Gender,
    int? YearOfBirth,
    string? Nationality,
    string? Languages,
    ParticipantIdentity? Identity,
    FormulationContent? Formulation,
    IReadOnlyList<string>? PlanGoals,
    IReadOnlyList<PackagedOutcome>? Outcomes);

public sealed record PackagedOutcome(OutcomeType Type, DateOnly OccurredOn, OutcomeConfidence Confidence);
