using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Offramp.Analysis.Output;

/// <summary>
/// JSON for the analyze commands. System.Text.Json writes doubles in their shortest round-trip form, so
/// every figure keeps full double precision. NaN (R's NA) and infinities are written as the strings
/// "NaN", "Infinity" and "-Infinity", because JSON numbers cannot hold them.
/// </summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // The reports' generated metadata first; anything else (e.g. a test's anonymous object) by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(AnalysisJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static void Write<T>(TextWriter output, T report) => output.WriteLine(JsonSerializer.Serialize(report, Options));
}
