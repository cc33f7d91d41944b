using System.Collections.Immutable;
using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Survival;

using static Offramp.Analysis.Output.JsonFields;

namespace Offramp.Analysis.Survival;

/// <summary>
/// Writes a <see cref="SurvivalReport"/> as JSON, field by field in the records' order and with their names in
/// camelCase, so the document is the one the serializer wrote before (see <see cref="Output.JsonFields"/> for why).
/// </summary>
internal static class SurvivalJsonWriter
{
    public static void Write(TextWriter output, SurvivalReport report) => JsonFields.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("file", report.File);
        json.WriteNumber("n", report.N);
        json.WriteNumber("rowsSkipped", report.RowsSkipped);
        json.WritePropertyName("overall");
        WriteCurveReport(json, report.Overall);
        json.WriteStartArray("groups");
        foreach (var group in report.Groups)
        {
            WriteCurveReport(json, group);
        }

        json.WriteEndArray();
        WriteLogRank(json, "logRank", report.LogRank);
        WriteLogRank(json, "stratifiedLogRank", report.StratifiedLogRank);
        Strings(json, "notes", report.Notes.Select(n => n.ToString()));
        json.WriteEndObject();
    });

    private static void WriteCurveReport(Utf8JsonWriter json, SurvivalCurveReport report)
    {
        json.WriteStartObject();
        WriteCurve(json, report.Curve);
        json.WriteStartObject("median");
        Number(json, "median", report.Median.Median);
        Number(json, "lower", report.Median.Lower);
        Number(json, "upper", report.Median.Upper);
        json.WriteEndObject();
        json.WriteStartArray("quantiles");
        foreach (var quantile in report.Quantiles)
        {
            json.WriteStartObject();
            Number(json, "probability", quantile.Probability);
            Number(json, "time", quantile.Time);
            Number(json, "lower", quantile.Lower);
            Number(json, "upper", quantile.Upper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("horizons");
        foreach (var horizon in report.Horizons)
        {
            json.WriteStartObject();
            Number(json, "time", horizon.Time);
            json.WriteNumber("numberAtRisk", horizon.NumberAtRisk);
            json.WriteNumber("numberOfEvents", horizon.NumberOfEvents);
            json.WriteNumber("numberCensored", horizon.NumberCensored);
            Number(json, "survival", horizon.Survival);
            Number(json, "standardError", horizon.StandardError);
            Number(json, "lower", horizon.Lower);
            Number(json, "upper", horizon.Upper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCurve(Utf8JsonWriter json, KaplanMeierCurve curve)
    {
        json.WriteStartObject("curve");
        json.WriteString("label", curve.Label);
        json.WriteNumber("n", curve.N);
        json.WriteNumber("events", curve.Events);
        Numbers(json, "time", curve.Time);
        Integers(json, "numberAtRisk", curve.NumberAtRisk);
        Integers(json, "numberOfEvents", curve.NumberOfEvents);
        Integers(json, "numberCensored", curve.NumberCensored);
        Numbers(json, "survival", curve.Survival);
        Numbers(json, "standardErrorOfLogSurvival", curve.StandardErrorOfLogSurvival);
        Numbers(json, "standardErrorOfSurvival", curve.StandardErrorOfSurvival);
        Numbers(json, "lower", curve.Lower);
        Numbers(json, "upper", curve.Upper);
        json.WriteString("confidenceType", ConfidenceTypeName(curve.ConfidenceType));
        Number(json, "confidenceLevel", curve.ConfidenceLevel);
        Warnings(json, curve.Warnings);
        json.WriteEndObject();
    }

    private static void WriteLogRank(Utf8JsonWriter json, string name, LogRankResult? test)
    {
        if (test is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Number(json, "chiSquare", test.ChiSquare);
        json.WriteNumber("degreesOfFreedom", test.DegreesOfFreedom);
        Number(json, "pValue", test.PValue);
        json.WriteStartArray("groups");
        foreach (var group in test.Groups)
        {
            json.WriteStartObject();
            json.WriteString("label", group.Label);
            json.WriteNumber("n", group.N);
            Number(json, "observed", group.Observed);
            Number(json, "expected", group.Expected);
            Number(json, "observedMinusExpectedSquaredOverExpected", group.ObservedMinusExpectedSquaredOverExpected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("variance");
        foreach (var row in test.Variance)
        {
            WriteNumberRow(json, row);
        }

        json.WriteEndArray();
        json.WriteStartArray("strata");
        foreach (var stratum in test.Strata)
        {
            json.WriteStartObject();
            json.WriteString("label", stratum.Label);
            json.WriteNumber("n", stratum.N);
            Numbers(json, "observed", stratum.Observed);
            Numbers(json, "expected", stratum.Expected);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("n", test.N);
        Warnings(json, test.Warnings);
        json.WriteEndObject();
    }

    private static void WriteNumberRow(Utf8JsonWriter json, ImmutableArray<double> row)
    {
        json.WriteStartArray();
        foreach (var value in row)
        {
            NumberValue(json, value);
        }

        json.WriteEndArray();
    }

    /// <summary>The names <see cref="SurvivalConfidenceType"/> declares for JSON (its JsonStringEnumMemberName attributes).</summary>
    private static string ConfidenceTypeName(SurvivalConfidenceType type) => type switch
    {
        SurvivalConfidenceType.Plain => "plain",
        SurvivalConfidenceType.LogLog => "log-log",
        _ => "log",
    };
}
