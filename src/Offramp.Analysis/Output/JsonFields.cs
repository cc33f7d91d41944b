using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using Offramp.Statistics.Common;

namespace Offramp.Analysis.Output;

/// <summary>
/// Field-by-field JSON for the reports that write their own layout (agreement, survival, competing risks), in the
/// same form as <see cref="AnalysisJson"/>: indented, camelCase names, doubles in their shortest round-trip form,
/// NaN and infinities as the strings "NaN", "Infinity" and "-Infinity". Writing through Utf8JsonWriter directly runs
/// precompiled code only; the serializer builds metadata for every report type on first use, and its generic code
/// for value-type properties (doubles, ints, immutable arrays) is compiled at run time: about a tenth of a second
/// of every `analyze survival` or `analyze competing` run, whatever the size of the data.
/// </summary>
internal static class JsonFields
{
    /// <summary>Writes the document that <paramref name="body"/> writes to <paramref name="output"/>, with a final line end.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            body(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,

        // Labels and notes stay readable; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        NumberValue(json, value);
    }

    public static void Numbers(Utf8JsonWriter json, string name, ImmutableArray<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            NumberValue(json, value);
        }

        json.WriteEndArray();
    }

    public static void Integers(Utf8JsonWriter json, string name, ImmutableArray<int> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Each warning with its kind, message, template and the values that fill the template.</summary>
    public static void Warnings(Utf8JsonWriter json, ImmutableArray<SmallNumberWarning> warnings)
    {
        json.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(warning.Kind.ToString()));
            json.WriteString("message", warning.Message);
            json.WriteString("template", warning.Template);
            json.WriteStartArray("values");
            foreach (var value in warning.Values)
            {
                AnyValue(json, value);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void NumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }

    /// <summary>A warning's template values: counts, figures and English fragments.</summary>
    private static void AnyValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case double number:
                NumberValue(json, number);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), AnalysisJson.Options); // none so far; as the other reports would
                break;
        }
    }
}
