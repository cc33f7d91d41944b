using System.Text;
using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Agreement;
using Offramp.Statistics.Common;

using static Offramp.Analysis.Output.JsonFields;

namespace Offramp.Analysis.Agreement;

/// <summary>
/// Writes an <see cref="AgreementReport"/> as JSON. Numbers are written round-trip exact (the shortest
/// text that reads back to the same double), so other tools can check them to full precision. As in the
/// other analyze commands (<see cref="Output.JsonFields"/>), a figure that could not be computed is
/// written as the string "NaN" (or "Infinity", "-Infinity"), since JSON numbers cannot hold it. The
/// layout is written out field by field so that it stays stable when the result records grow.
/// </summary>
public static class AgreementJsonWriter
{
    public static string Write(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonFields.Options))
        {
            json.WriteStartObject();
            json.WriteNumber("subjects", report.SubjectCount);
            json.WriteNumber("raters", report.RaterCount);
            Strings(json, "raterNames", report.Raters);
            WriteScale(json, report.Scale);
            Number(json, "confidenceLevel", report.ConfidenceLevel);
            WriteCompleteness(json, report.Completeness);
            WritePercentAgreement(json, report.PercentAgreement);
            json.WriteStartArray("cohenKappa");
            foreach (var kappa in report.CohenKappa)
            {
                WriteCohen(json, kappa);
            }

            json.WriteEndArray();
            WriteFleiss(json, report.FleissKappa);
            WriteIcc(json, report.Icc);
            Strings(json, "notes", report.Notes);
            Strings(json, "warnings", report.Warnings);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteScale(Utf8JsonWriter json, RatingScale scale)
    {
        json.WriteStartObject("scale");
        Strings(json, "levels", scale.Levels);
        json.WriteBoolean("ordered", scale.IsOrdered);
        json.WriteBoolean("numeric", scale.IsNumeric);
        json.WriteEndObject();
    }

    private static void WriteCompleteness(Utf8JsonWriter json, RatingCompleteness c)
    {
        json.WriteStartObject("completeness");
        json.WriteNumber("ratingRows", c.RatingRows);
        json.WriteNumber("excludedMissing", c.ExcludedMissing);
        json.WriteNumber("excludedUnknown", c.ExcludedUnknown);
        json.WriteNumber("notRated", c.NotRated);
        json.WriteNumber("subjectsWithIncompleteRatings", c.SubjectsWithIncompleteRatings);
        json.WriteNumber("completeSubjects", c.CompleteSubjects);
        json.WriteEndObject();
    }

    private static void WritePercentAgreement(Utf8JsonWriter json, PercentAgreementResult percent)
    {
        json.WriteStartObject("percentAgreement");
        Number(json, "percent", percent.Percent);
        json.WriteNumber("subjectsInAgreement", percent.SubjectsInAgreement);
        json.WriteNumber("subjects", percent.N);
        json.WriteEndObject();
    }

    private static void WriteCohen(Utf8JsonWriter json, KappaResult kappa)
    {
        json.WriteStartObject();
        json.WriteString("weighting", kappa.Weighting.ToString().ToLowerInvariant());
        Number(json, "kappa", kappa.Kappa);
        Number(json, "standardError", kappa.StandardError);
        Number(json, "standardErrorUnderNull", kappa.StandardErrorUnderNull);
        Number(json, "z", kappa.Z);
        Number(json, "pValue", kappa.PValue);
        WriteInterval(json, kappa.Interval);
        Number(json, "observedAgreement", kappa.ObservedAgreement);
        Number(json, "expectedAgreement", kappa.ExpectedAgreement);
        json.WriteNumber("subjects", kappa.N);
        json.WriteEndObject();
    }

    private static void WriteFleiss(Utf8JsonWriter json, FleissKappaResult? fleiss)
    {
        if (fleiss is null)
        {
            json.WriteNull("fleissKappa");
            return;
        }

        json.WriteStartObject("fleissKappa");
        Number(json, "kappa", fleiss.Kappa);
        Number(json, "standardErrorUnderNull", fleiss.StandardErrorUnderNull);
        Number(json, "z", fleiss.Z);
        Number(json, "pValue", fleiss.PValue);
        Number(json, "observedAgreement", fleiss.ObservedAgreement);
        Number(json, "expectedAgreement", fleiss.ExpectedAgreement);
        json.WriteNumber("subjects", fleiss.N);
        json.WriteNumber("raters", fleiss.RaterCount);
        json.WriteEndObject();
    }

    private static void WriteIcc(Utf8JsonWriter json, IccResult? icc)
    {
        if (icc is null)
        {
            json.WriteNull("icc");
            return;
        }

        json.WriteStartObject("icc");
        json.WriteNumber("subjects", icc.N);
        json.WriteNumber("raters", icc.RaterCount);
        json.WriteStartObject("meanSquares");
        Number(json, "betweenSubjects", icc.MeanSquares.BetweenSubjects);
        Number(json, "withinSubjects", icc.MeanSquares.WithinSubjects);
        Number(json, "betweenRaters", icc.MeanSquares.BetweenRaters);
        Number(json, "residual", icc.MeanSquares.Residual);
        json.WriteEndObject();
        json.WriteStartArray("estimates");
        foreach (var estimate in icc.Estimates)
        {
            json.WriteStartObject();
            json.WriteString("type", estimate.Name);
            json.WriteString("description", estimate.Description);
            Number(json, "icc", estimate.Value);
            Number(json, "f", estimate.F);
            Number(json, "df1", estimate.Df1);
            Number(json, "df2", estimate.Df2);
            Number(json, "p", estimate.PValue);
            WriteInterval(json, estimate.Interval);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter json, ConfidenceInterval interval)
    {
        Number(json, "confidenceLevel", interval.Level);
        Number(json, "lower", interval.Lower);
        Number(json, "upper", interval.Upper);
    }
}
