namespace Offramp.Analysis.Agreement;

/// <summary>The names of the three columns of a long-format ratings file.</summary>
public sealed record LongRatingsColumns(string Subject, string Rater, string Rating);
