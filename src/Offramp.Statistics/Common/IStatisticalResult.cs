using System.Collections.Immutable;

namespace Offramp.Statistics.Common;

/// <summary>Every result states how many observations it rests on and whether they are too few.</summary>
public interface IStatisticalResult
{
    /// <summary>Number of observations (participants, pairs or rows) the result uses.</summary>
    int N { get; }

    /// <summary>Plain-language warnings about small numbers; empty when none apply.</summary>
    ImmutableArray<SmallNumberWarning> Warnings { get; }
}
