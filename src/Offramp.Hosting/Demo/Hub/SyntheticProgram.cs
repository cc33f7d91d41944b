using Offramp.Core.Evidence.Publishing;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// A program of another, synthetic organisation that publishes to the demo hub. Only its bundles exist: no participant
/// of it is ever stored, as a real hub never sees one. The rates shape its synthetic outcomes.
/// </summary>
/// <param name="MonthlyReoffending">Monthly hazard of re-arrest for completers; early leavers carry <paramref name="EarlyLeaverRisk"/> times it.</param>
/// <param name="Employment">Share of completers employed within a year of the anchor (early leavers: half of it).</param>
public sealed record SyntheticProgram(
    string Organisation,
    string Name,
    ProgramKind Kind,
    ProgramAims Aims,
    string Country,
    string Region,
    Movement[] Movements,
    int Participants,
    int FirstYear,
    double CompletionRate,
    double MonthlyReoffending,
    double EarlyLeaverRisk,
    double Employment,
    double FemaleShare);
