using System.Collections.Immutable;

using Offramp.Statistics.Contingency;

namespace Offramp.Analysis.Compare;

/// <summary>The comparison within one stratum.</summary>
/// <param name="Label">Stratum label.</param>
/// <param name="Comparison">All analyses of that stratum's table.</param>
public sealed record StratumComparison(string Label, TableComparison Comparison);

/// <summary>What <c>analyze compare</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants analysed.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="GroupColumn">Column defining the table rows.</param>
/// <param name="OutcomeColumn">Column defining the table columns.</param>
/// <param name="Overall">All analyses of the whole table.</param>
/// <param name="Strata">Per-stratum analyses (empty without --strata).</param>
/// <param name="MantelHaenszel">Pooled odds ratio over strata, 2×2 tables only (null otherwise).</param>
/// <param name="MantelHaenszelCorrected">The same with the continuity-corrected test, as R's mantelhaen.test default.</param>
public sealed record CompareReport(
    string File,
    int N,
    int RowsSkipped,
    string GroupColumn,
    string OutcomeColumn,
    TableComparison Overall,
    ImmutableArray<StratumComparison> Strata,
    MantelHaenszelResult? MantelHaenszel,
    MantelHaenszelResult? MantelHaenszelCorrected);
