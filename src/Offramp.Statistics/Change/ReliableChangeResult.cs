using System.Collections.Immutable;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Change;

/// <summary>One participant's reliable change index.</summary>
/// <param name="Subject">Participant identifier as given.</param>
/// <param name="Before">Baseline score.</param>
/// <param name="After">Follow-up score.</param>
/// <param name="Change">After - before.</param>
/// <param name="Index">Change divided by the standard error of the difference.</param>
/// <param name="Category">Reliable increase, decrease or neither.</param>
public sealed record ParticipantReliableChange(
    string Subject,
    double Before,
    double After,
    double Change,
    double Index,
    ReliableChangeCategory Category);

/// <summary>Jacobson–Truax reliable change indices for a group of participants.</summary>
/// <param name="Reliability">Test–retest (or internal consistency) reliability of the instrument.</param>
/// <param name="BaselineStandardDeviation">SD of baseline scores used (sample SD unless a norm SD was given).</param>
/// <param name="StandardErrorOfMeasurement">SD·sqrt(1 - reliability).</param>
/// <param name="StandardErrorOfDifference">sqrt(2)·SEM.</param>
/// <param name="Criterion">|index| above this is reliable (1.96 for 95%).</param>
/// <param name="Participants">Per-participant indices, in input order.</param>
/// <param name="ReliableIncreases">Participants whose score rose reliably.</param>
/// <param name="NoReliableChanges">Participants whose change is within measurement error.</param>
/// <param name="ReliableDecreases">Participants whose score fell reliably.</param>
/// <param name="N">Participants.</param>
/// <param name="Warnings">Small-number warnings.</param>
public sealed record ReliableChangeResult(
    double Reliability,
    double BaselineStandardDeviation,
    double StandardErrorOfMeasurement,
    double StandardErrorOfDifference,
    double Criterion,
    ImmutableArray<ParticipantReliableChange> Participants,
    int ReliableIncreases,
    int NoReliableChanges,
    int ReliableDecreases,
    int N,
    ImmutableArray<SmallNumberWarning> Warnings) : IStatisticalResult;
