using System.Text.Json;

using Offramp.Analysis.Output;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>The JSON the analyze commands write keeps every double bit for bit, and says NaN/Infinity plainly.</summary>
public sealed class AnalysisJsonTests
{
    [Fact]
    public void Doubles_round_trip_bit_for_bit()
    {
        var random = new Random(7);
        double[] special = [0.1, 1.0 / 3, Math.PI, 1e-320, double.Epsilon, double.MaxValue, 0.30000000000000004, -0.0, 123456789.12345679];
        var values = special.Concat(Enumerable.Range(0, 10_000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64()))).Where(double.IsFinite).ToArray();

        using var writer = new StringWriter();
        AnalysisJson.Write(writer, new { values });
        var parsed = JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("values").EnumerateArray().Select(e => e.GetDouble()).ToArray();

        Assert.Equal(values.Length, parsed.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(parsed[i]));
        }
    }

    [Fact]
    public void Not_a_number_and_infinity_are_written_as_named_literals()
    {
        using var writer = new StringWriter();
        AnalysisJson.Write(writer, new { na = double.NaN, inf = double.PositiveInfinity });

        var root = JsonDocument.Parse(writer.ToString()).RootElement;
        Assert.Equal("NaN", root.GetProperty("na").GetString());
        Assert.Equal("Infinity", root.GetProperty("inf").GetString());
    }

    [Fact]
    public void A_missing_reference_tool_fails_with_the_install_hint()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => ExternalTool.Run("/nonexistent/offramp-reference-tool", []));
        Assert.Contains("Run the test command", exception.Message, StringComparison.Ordinal);
    }
}
