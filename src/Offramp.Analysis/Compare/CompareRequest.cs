namespace Offramp.Analysis.Compare;

/// <summary>The options of one <c>analyze compare</c> run.</summary>
/// <param name="CsvPath">CSV file.</param>
/// <param name="OutcomeColumn">Outcome column (table columns).</param>
/// <param name="GroupColumn">Group column (table rows).</param>
/// <param name="StrataColumn">Optional stratifying column.</param>
/// <param name="PositiveOutcome">For a two-level outcome, the level effect measures refer to; the higher level (1, yes, true) when null.</param>
/// <param name="ConfidenceLevel">Level of all intervals.</param>
public sealed record CompareRequest(
    string CsvPath,
    string OutcomeColumn,
    string GroupColumn,
    string? StrataColumn,
    string? PositiveOutcome,
    double ConfidenceLevel);
