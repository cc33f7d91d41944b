using System.Globalization;

using Offramp.Analysis.Languages;
using Offramp.Statistics.Agreement;
using Offramp.Statistics.Common;

using Spectre.Console;

namespace Offramp.Analysis.Agreement;

/// <summary>
/// Shows an <see cref="AgreementReport"/> as tables for people: figures rounded for reading (the JSON
/// output keeps full precision), what was left out first, then notes and warnings in words.
/// </summary>
public static class AgreementTableWriter
{
    public static void Write(IAnsiConsole console, AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.MarkupLine(
            $"[bold]Agreement of {report.RaterCount} raters[/] ({Markup.Escape(string.Join(", ", report.Raters))}) " +
            $"on {report.SubjectCount} people; scale: {Markup.Escape(ScaleText(report.Scale))}");
        console.Write(CompletenessTable(report.Completeness));
        console.Write(KappaTable(report));
        if (report.Icc is not null)
        {
            console.Write(IccTable(report.Icc, report.ConfidenceLevel));
        }

        foreach (var note in report.NoteTexts)
        {
            console.MarkupLine($"[blue]{Markup.Escape(AnalysisText.L["Note:"])}[/] {Markup.Escape(AnalysisText.Say(note))}");
        }

        foreach (var warning in report.WarningTexts)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(AnalysisText.L["Warning:"])}[/] {Markup.Escape(AnalysisText.Say(warning))}");
        }
    }

    private static string ScaleText(RatingScale scale)
    {
        var levels = scale.Count <= 12
            ? string.Join(scale.IsOrdered ? " < " : ", ", scale.Levels)
            : $"{scale.Count} levels from {scale.Levels[0]} to {scale.Levels[^1]}";
        return scale.IsOrdered ? levels : $"{levels} (no order)";
    }

    private static Table CompletenessTable(RatingCompleteness c)
    {
        var table = new Table().Title("What was analysed").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("rating rows read", Count(c.RatingRows));
        table.AddRow("left blank (excluded)", Count(c.ExcludedMissing));
        table.AddRow("unknown / could not rate (excluded)", Count(c.ExcludedUnknown));
        table.AddRow("never rated by a rater", Count(c.NotRated));
        table.AddRow("people left out (incomplete ratings)", Count(c.SubjectsWithIncompleteRatings));
        table.AddRow("[bold]people analysed (rated by every rater)[/]", $"[bold]{Count(c.CompleteSubjects)}[/]");
        return table;
    }

    private static Table KappaTable(AgreementReport report)
    {
        var table = new Table().Title("Agreement on categories")
            .AddColumn("statistic")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn(new TableColumn("SE").RightAligned())
            .AddColumn(new TableColumn(IntervalHeading(report.ConfidenceLevel)).RightAligned())
            .AddColumn(new TableColumn("SE if 0").RightAligned())
            .AddColumn(new TableColumn("z").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned())
            .AddColumn(new TableColumn("n").RightAligned());
        var percent = report.PercentAgreement;
        table.AddRow("percent agreement", Fixed(percent.Percent, "0.0") + "%", "", "", "", "", "", Count(percent.N));
        foreach (var kappa in report.CohenKappa)
        {
            var name = kappa.Weighting == KappaWeighting.Unweighted ? "Cohen's kappa" : $"Cohen's kappa, {kappa.Weighting.ToString().ToLowerInvariant()} weights";
            table.AddRow(
                Markup.Escape(name), Fixed(kappa.Kappa), Fixed(kappa.StandardError), Interval(kappa.Interval),
                Fixed(kappa.StandardErrorUnderNull), Fixed(kappa.Z, "0.00"), PValue(kappa.PValue), Count(kappa.N));
        }

        if (report.FleissKappa is { } fleiss)
        {
            table.AddRow(
                Markup.Escape("Fleiss' kappa"), Fixed(fleiss.Kappa), "", "", Fixed(fleiss.StandardErrorUnderNull),
                Fixed(fleiss.Z, "0.00"), PValue(fleiss.PValue), Count(fleiss.N));
        }

        return table;
    }

    private static Table IccTable(IccResult icc, double confidenceLevel)
    {
        var table = new Table().Title($"Intraclass correlations (Shrout & Fleiss), {icc.N} people x {icc.RaterCount} raters")
            .AddColumn("type")
            .AddColumn("meaning")
            .AddColumn(new TableColumn("ICC").RightAligned())
            .AddColumn(new TableColumn("F").RightAligned())
            .AddColumn(new TableColumn("df1").RightAligned())
            .AddColumn(new TableColumn("df2").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned())
            .AddColumn(new TableColumn(IntervalHeading(confidenceLevel)).RightAligned());
        foreach (var e in icc.Estimates)
        {
            table.AddRow(
                e.Name, Meaning(e.Form), Fixed(e.Value), Fixed(e.F, "0.00"), Fixed(e.Df1, "0.##"), Fixed(e.Df2, "0.##"),
                PValue(e.PValue), Interval(e.Interval));
        }

        return table;
    }

    /// <summary>Plain words for each form; the JSON keeps psych's row names.</summary>
    private static string Meaning(IccForm form) => form switch
    {
        IccForm.Icc1 => "one rater; raters may differ per person",
        IccForm.Icc2 => "one rater; absolute agreement, raters a sample",
        IccForm.Icc3 => "one rater; consistency, these raters only",
        IccForm.Icc1k => "mean of the raters; raters may differ per person",
        IccForm.Icc2k => "mean of the raters; absolute agreement, raters a sample",
        _ => "mean of the raters; consistency, these raters only",
    };

    private static string IntervalHeading(double level) =>
        $"{(level * 100).ToString("0.##", CultureInfo.InvariantCulture)}% CI";

    private static string Interval(ConfidenceInterval interval) =>
        $"{Fixed(interval.Lower)} to {Fixed(interval.Upper)}";

    private static string PValue(double p) =>
        double.IsNaN(p) ? "-" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Fixed(double value, string format = "0.000") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
