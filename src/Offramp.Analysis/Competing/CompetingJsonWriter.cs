using System.Text.Json;

using Offramp.Analysis.Output;
using Offramp.Statistics.Competing;

using static Offramp.Analysis.Output.JsonFields;

namespace Offramp.Analysis.Competing;

/// <summary>
/// Writes a <see cref="CompetingReport"/> as JSON, field by field in the records' order and with their names in
/// camelCase, so the document is the one the serializer wrote before (see <see cref="Output.JsonFields"/> for why).
/// </summary>
internal static class CompetingJsonWriter
{
    public static void Write(TextWriter output, CompetingReport report) => JsonFields.Write(output, json =>
    {
        var result = report.Result;
        json.WriteStartObject();
        json.WriteString("file", report.File);
        json.WriteNumber("n", report.N);
        json.WriteNumber("rowsSkipped", report.RowsSkipped);
        json.WriteStartObject("result");
        json.WriteNumber("n", result.N);
        json.WriteStartArray("causes");
        foreach (var cause in result.Causes)
        {
            json.WriteNumberValue(cause);
        }

        json.WriteEndArray();
        json.WriteStartArray("curves");
        foreach (var curve in result.Curves)
        {
            WriteCurve(json, curve);
        }

        json.WriteEndArray();
        json.WriteStartArray("tests");
        foreach (var test in result.Tests)
        {
            json.WriteStartObject();
            json.WriteNumber("cause", test.Cause);
            Number(json, "statistic", test.Statistic);
            json.WriteNumber("degreesOfFreedom", test.DegreesOfFreedom);
            Number(json, "pValue", test.PValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Number(json, "confidenceLevel", result.ConfidenceLevel);
        Warnings(json, result.Warnings);
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteCurve(Utf8JsonWriter json, CumulativeIncidenceCurve curve)
    {
        json.WriteStartObject();
        json.WriteString("group", curve.Group);
        json.WriteNumber("cause", curve.Cause);
        json.WriteNumber("n", curve.N);
        json.WriteNumber("events", curve.Events);
        Numbers(json, "time", curve.Time);
        Numbers(json, "estimate", curve.Estimate);
        Numbers(json, "variance", curve.Variance);
        Numbers(json, "lower", curve.Lower);
        Numbers(json, "upper", curve.Upper);
        Number(json, "lastFollowUp", curve.LastFollowUp);
        json.WriteStartArray("horizons");
        foreach (var horizon in curve.Horizons)
        {
            json.WriteStartObject();
            Number(json, "time", horizon.Time);
            Number(json, "estimate", horizon.Estimate);
            Number(json, "variance", horizon.Variance);
            Number(json, "lower", horizon.Lower);
            Number(json, "upper", horizon.Upper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Warnings(json, curve.Warnings);
        json.WriteEndObject();
    }
}
