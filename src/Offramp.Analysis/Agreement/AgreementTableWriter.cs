using System.Globalization;

using Offramp.Analysis.Output;
using Offramp.Statistics.Agreement;
using Offramp.Statistics.Common;

using Spectre.Console;

using static Offramp.Analysis.Languages.AnalysisText;

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
        // The bold part and its markup are part of the text; the values are escaped.
        console.MarkupLine(L["[bold]Agreement of {0} raters[/] ({1}) on {2} people; scale: {3}",
            report.RaterCount.ToString(CultureInfo.InvariantCulture),
            Markup.Escape(string.Join(", ", report.Raters)),
            report.SubjectCount.ToString(CultureInfo.InvariantCulture),
            Markup.Escape(ScaleText(report.Scale))]);
        console.Write(CompletenessTable(report.Completeness));
        console.Write(KappaTable(report));
        if (report.Icc is not null)
        {
            console.Write(IccTable(report.Icc, report.ConfidenceLevel));
        }

        foreach (var note in report.NoteTexts)
        {
            console.MarkupLine($"[blue]{Markup.Escape(L["Note:"])}[/] {Markup.Escape(Say(note))}");
        }

        foreach (var warning in report.WarningTexts)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(L["Warning:"])}[/] {Markup.Escape(Say(warning))}");
        }
    }

    private static string ScaleText(RatingScale scale)
    {
        var levels = scale.Count <= 12
            ? string.Join(scale.IsOrdered ? " < " : ", ", scale.Levels)
            : L["{0} levels from {1} to {2}", scale.Count.ToString(CultureInfo.InvariantCulture), scale.Levels[0], scale.Levels[^1]];
        return scale.IsOrdered ? levels : L["{0} (no order)", levels];
    }

    private static Table CompletenessTable(RatingCompleteness c)
    {
        var table = new Table().Title(Markup.Escape(L["What was analysed"])).AddColumn("").AddColumn(new TableColumn(Markup.Escape(L["count"])).RightAligned());
        table.AddRow(Markup.Escape(L["rating rows read"]), Count(c.RatingRows));
        table.AddRow(Markup.Escape(L["left blank (excluded)"]), Count(c.ExcludedMissing));
        table.AddRow(Markup.Escape(L["unknown / could not rate (excluded)"]), Count(c.ExcludedUnknown));
        table.AddRow(Markup.Escape(L["never rated by a rater"]), Count(c.NotRated));
        table.AddRow(Markup.Escape(L["people left out (incomplete ratings)"]), Count(c.SubjectsWithIncompleteRatings));
        table.AddRow($"[bold]{Markup.Escape(L["people analysed (rated by every rater)"])}[/]", $"[bold]{Count(c.CompleteSubjects)}[/]");
        return table;
    }

    private static Table KappaTable(AgreementReport report)
    {
        var table = new Table().Title(Markup.Escape(L["Agreement on categories"]))
            .AddColumn(Markup.Escape(Figures.LowerFirst(L["Statistic"])))
            .AddColumn(new TableColumn(Markup.Escape(Figures.LowerFirst(L["Value"]))).RightAligned())
            .AddColumn(new TableColumn("SE").RightAligned())
            .AddColumn(new TableColumn(IntervalHeading(report.ConfidenceLevel)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(L["SE if 0"])).RightAligned())
            .AddColumn(new TableColumn("z").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned())
            .AddColumn(new TableColumn("n").RightAligned());
        var percent = report.PercentAgreement;
        table.AddRow(Markup.Escape(L["percent agreement"]), Fixed(percent.Percent, "0.0") + "%", "", "", "", "", "", Count(percent.N));
        foreach (var kappa in report.CohenKappa)
        {
            var name = kappa.Weighting switch
            {
                KappaWeighting.Unweighted => L["Cohen's kappa"],
                KappaWeighting.Linear => L["Cohen's kappa, linear weights"],
                _ => L["Cohen's kappa, quadratic weights"],
            };
            table.AddRow(
                Markup.Escape(name), Fixed(kappa.Kappa), Fixed(kappa.StandardError), Interval(kappa.Interval),
                Fixed(kappa.StandardErrorUnderNull), Fixed(kappa.Z, "0.00"), PValue(kappa.PValue), Count(kappa.N));
        }

        if (report.FleissKappa is { } fleiss)
        {
            table.AddRow(
                Markup.Escape(L["Fleiss' kappa"]), Fixed(fleiss.Kappa), "", "", Fixed(fleiss.StandardErrorUnderNull),
                Fixed(fleiss.Z, "0.00"), PValue(fleiss.PValue), Count(fleiss.N));
        }

        return table;
    }

    private static Table IccTable(IccResult icc, double confidenceLevel)
    {
        var title = L["Intraclass correlations (Shrout & Fleiss), {0} people x {1} raters",
            icc.N.ToString(CultureInfo.InvariantCulture),
            icc.RaterCount.ToString(CultureInfo.InvariantCulture)];
        var table = new Table().Title(Markup.Escape(title))
            .AddColumn(Markup.Escape(L["type"]))
            .AddColumn(Markup.Escape(L["meaning"]))
            .AddColumn(new TableColumn("ICC").RightAligned())
            .AddColumn(new TableColumn("F").RightAligned())
            .AddColumn(new TableColumn("df1").RightAligned())
            .AddColumn(new TableColumn("df2").RightAligned())
            .AddColumn(new TableColumn("p").RightAligned())
            .AddColumn(new TableColumn(IntervalHeading(confidenceLevel)).RightAligned());
        foreach (var e in icc.Estimates)
        {
            table.AddRow(
                e.Name, Markup.Escape(Meaning(e.Form)), Fixed(e.Value), Fixed(e.F, "0.00"), Fixed(e.Df1, "0.##"), Fixed(e.Df2, "0.##"),
                PValue(e.PValue), Interval(e.Interval));
        }

        return table;
    }

    /// <summary>Plain words for each form; the JSON keeps psych's row names.</summary>
    private static string Meaning(IccForm form) => form switch
    {
        IccForm.Icc1 => L["one rater; raters may differ per person"],
        IccForm.Icc2 => L["one rater; absolute agreement, raters a sample"],
        IccForm.Icc3 => L["one rater; consistency, these raters only"],
        IccForm.Icc1k => L["mean of the raters; raters may differ per person"],
        IccForm.Icc2k => L["mean of the raters; absolute agreement, raters a sample"],
        _ => L["mean of the raters; consistency, these raters only"],
    };

    private static string IntervalHeading(double level) =>
        Markup.Escape(L["{0}% CI", (level * 100).ToString("0.##", CultureInfo.InvariantCulture)]);

    private static string Interval(ConfidenceInterval interval) =>
        Markup.Escape(L["{0} to {1}", Fixed(interval.Lower), Fixed(interval.Upper)]);

    private static string PValue(double p) =>
        double.IsNaN(p) ? "-" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Fixed(double value, string format = "0.000") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
