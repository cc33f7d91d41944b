using Offramp.Statistics.Competing;

namespace Offramp.Analysis.Competing;

/// <summary>What <c>analyze competing</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants analysed.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="Result">Cumulative incidence per group and cause, and Gray's tests.</param>
public sealed record CompetingReport(string File, int N, int RowsSkipped, CompetingRisksResult Result);
