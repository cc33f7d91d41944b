using Offramp.Statistics.Change;

namespace Offramp.Analysis.Change;

/// <summary>What <c>analyze change</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants with both scores.</param>
/// <param name="RowsSkipped">Rows left out because a score or the subject was blank.</param>
/// <param name="TTest">Paired t-test of after - before.</param>
/// <param name="Wilcoxon">Wilcoxon signed-rank test of after - before.</param>
/// <param name="CohensDz">Standardised mean change.</param>
/// <param name="ReliableChange">Jacobson–Truax indices per participant (null without --reliability).</param>
/// <param name="Comparison">Change compared between groups (null without --comparison).</param>
public sealed record ChangeReport(
    string File,
    int N,
    int RowsSkipped,
    PairedTTestResult TTest,
    WilcoxonSignedRankResult Wilcoxon,
    CohensDz CohensDz,
    ReliableChangeResult? ReliableChange,
    ChangeComparison? Comparison = null);

/// <summary>Change compared between groups: ANCOVA of follow-up on baseline and group, and Welch's test on the change scores.</summary>
/// <param name="Column">The group column.</param>
/// <param name="Ancova">lm(after ~ before + group).</param>
/// <param name="Welch">t.test(after - before ~ group); null unless there are exactly two groups.</param>
public sealed record ChangeComparison(string Column, AncovaResult Ancova, WelchTTestResult? Welch);
