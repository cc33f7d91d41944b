using System.Globalization;

using Offramp.Core.Evaluation.Cohorts;

namespace Offramp.Core.Evaluation.Exports;

/// <summary>Dates of one participant as the export shows them: shifted calendar dates, or day counts.</summary>
public sealed class ResearchDates(EvaluationDataset data, int[] shifts, DateMasking masking)
{
    public object? Entry(int i) => masking == DateMasking.Shift ? Format(data.EntryDay[i] + shifts[i]) : 0;

    public object? Release(int i)
    {
        if (data.ReleaseDay[i] == EvaluationDataset.NoDate)
        {
            return null;
        }

        return masking == DateMasking.Shift ? Format(data.ReleaseDay[i] + shifts[i]) : Boxed(data.ReleaseDay[i] - data.EntryDay[i]);
    }

    public object? Event(int i, int day) => masking == DateMasking.Shift ? Format(day + shifts[i]) : Boxed(day - data.EntryDay[i]);

    public object? SinceRelease(int i, int day) => data.ReleaseDay[i] == EvaluationDataset.NoDate ? null : day - data.ReleaseDay[i];

    /// <summary>Day counts travel as boxed integers in the rows the table writers take.</summary>
    public static object Boxed(int days) => days;

    private static string Format(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
