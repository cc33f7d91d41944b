namespace Offramp.Core.Evaluation.Exports;

/// <summary>What a research export writes, for whom, and how dates are masked.</summary>
public sealed record ResearchExportOptions(string Recipient, string Directory, ExportFormat Format, DateMasking Dates);

[Flags]
public enum ExportFormat
{
    Csv = 1,
    Parquet = 2,
    Both = Csv | Parquet,
}

public enum DateMasking
{
    /// <summary>Every date of a participant moved by the same random offset (up to half a year either way): intervals stay exact.</summary>
    Shift,

    /// <summary>No calendar dates at all: days since referral (entry) and since release.</summary>
    Interval,
}

/// <summary>What was written: counts only.</summary>
public sealed record ResearchExportSummary(int Participants, int ExcludedWithoutConsent, long Outcomes, long Ratings, IReadOnlyList<string> Files);
