namespace Offramp.Analysis.Change;

/// <summary>The options of one <c>analyze change</c> run.</summary>
/// <param name="CsvPath">CSV file, one row per participant.</param>
/// <param name="SubjectColumn">Participant identifier column.</param>
/// <param name="BeforeColumn">Baseline score column.</param>
/// <param name="AfterColumn">Follow-up score column.</param>
/// <param name="Reliability">Instrument reliability for the reliable change index; none when null.</param>
/// <param name="BaselineStandardDeviation">Published norm SD; the sample SD of baseline scores when null.</param>
/// <param name="ConfidenceLevel">Level of the mean change's interval.</param>
/// <param name="ComparisonColumn">Group column for ANCOVA and Welch's test between groups; none when null.</param>
/// <param name="ComparisonReference">Reference group of the ANCOVA (default: the first in R's order).</param>
public sealed record ChangeRequest(
    string CsvPath,
    string SubjectColumn,
    string BeforeColumn,
    string AfterColumn,
    double? Reliability,
    double? BaselineStandardDeviation,
    double ConfidenceLevel,
    string? ComparisonColumn = null,
    string? ComparisonReference = null);
