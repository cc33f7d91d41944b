using System.Collections.Immutable;

using Offramp.Statistics.Meta;

namespace Offramp.Analysis.Meta;

/// <summary>What <c>analyze meta</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Studies pooled.</param>
/// <param name="RowsSkipped">Rows left out because the effect size or its variance was blank.</param>
/// <param name="Studies">Each study's name (from --study, else "Study 1", "Study 2", ...), in the file's order.</param>
/// <param name="Yi">Each study's effect size.</param>
/// <param name="Vi">Each study's sampling variance.</param>
/// <param name="Result">The pooled estimate, heterogeneity and prediction interval; its weights follow <paramref name="Studies"/>.</param>
public sealed record MetaReport(
    string File,
    int N,
    int RowsSkipped,
    ImmutableArray<string> Studies,
    ImmutableArray<double> Yi,
    ImmutableArray<double> Vi,
    MetaAnalysisResult Result);
