using Offramp.Analysis;
using Offramp.Analysis.Csv;

namespace Offramp.Statistics.Tests.Reference;

/// <summary>The plain-file fast path and CsvHelper's parser read the same columns, rows skipped and errors.</summary>
public sealed class CsvColumnReaderTests : IDisposable
{
    private static readonly ColumnRequest[] Requests =
    [
        new("time", ColumnKind.NonNegativeNumber, "--time"),
        new("group", ColumnKind.Label, "--group"),
        new("score", ColumnKind.NumberOrLabel, "--covariates"),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(",", "\n")]
    [InlineData(";", "\r\n")]
    [InlineData("\t", "\n")]
    public void Plain_and_quoted_files_give_the_same_columns(string separator, string newline)
    {
        string[] rows = ["time,group,score,extra", "1.5,A,10,x", " 2 ,B , 7.25,y", "3,,4,z", "NA,A,1,w", "4,Bé,NA,v", "5,A,2.5,u"];
        var plain = Write(string.Join(newline, rows.Select(r => r.Replace(",", separator, StringComparison.Ordinal))) + newline);
        var quoted = Write(string.Join(newline, rows.Select(r => string.Join(separator, r.Split(',').Select(f => f.Trim().Length == 0 || f.Trim() == "NA" ? f : $"\"{f.Trim()}\"")))) + newline);

        var fast = CsvColumnReader.Read(plain, Requests);
        var parsed = CsvColumnReader.Read(quoted, Requests);

        Assert.Equal(3, fast.RowCount);
        Assert.Equal(3, fast.SkippedRows);
        Assert.Equal([1.5, 2, 5], fast.Numbers("time"));
        Assert.Equal(["A", "B"], fast.Labels("group").Labels);
        Assert.Equal([10, 7.25, 2.5], fast.Numbers("score"));
        Assert.Equal(fast.RowCount, parsed.RowCount);
        Assert.Equal(fast.SkippedRows, parsed.SkippedRows);
        Assert.Equal(fast.Numbers("time"), parsed.Numbers("time"));
        Assert.Equal(fast.Labels("group").Codes, parsed.Labels("group").Codes);
        Assert.Equal(fast.Numbers("score"), parsed.Numbers("score"));
    }

    [Fact]
    public void A_text_value_makes_a_covariate_categorical_on_both_paths()
    {
        var plain = Write("time,group,score\n1,A,low\n2,B,high\n3,A,10\n");
        var quoted = Write("time,group,score\n\"1\",A,low\n2,B,\"high\"\n3,A,10\n");

        foreach (var path in new[] { plain, quoted })
        {
            var columns = CsvColumnReader.Read(path, Requests);
            Assert.False(columns.IsNumeric("score"));
            Assert.Equal(["10", "high", "low"], columns.Labels("score").Labels);
        }
    }

    [Theory]
    [InlineData("time,group,score\n1,A,2\n-3,B,4\n", "Line 3: time value '-3' is negative")]
    [InlineData("time,group,score\n1,A,2\n\"-3\",B,4\n", "Line 3: time value '-3' is negative")]
    public void Errors_name_the_same_line_on_both_paths(string content, string message)
    {
        var error = Assert.Throws<AnalysisInputException>(() => CsvColumnReader.Read(Write(content), Requests));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_read_fast_are_exactly_the_doubles_the_general_parser_gives()
    {
        // Integers, decimals up to and past 15 digits, signs, exponents and leading zeros: the short ones take the
        // fast path, the rest the general parser, and every value must be the same double either way.
        var random = new Random(20261205);
        var texts = new List<string> { "0", "-0", "5.", ".5", "007.50", "123456789012345", "1234567890123456", "0.1", "2.675", "1e3", "-2.5E-3", "9007199254740993" };
        for (var i = 0; i < 20000; i++)
        {
            var digits = random.Next(1, 18);
            var text = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            var point = random.Next(-1, digits + 1);
            texts.Add((random.Next(4) == 0 ? "-" : string.Empty) + (point < 0 ? text : text.Insert(point, ".")));
        }

        var csv = Write("value\n" + string.Join("\n", texts) + "\n");

        var read = CsvColumnReader.Read(csv, [new("value", ColumnKind.Number, "--value")]).Numbers("value");

        Assert.Equal(texts.Count, read.Length);
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = double.Parse(texts[i], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(read[i]), $"'{texts[i]}' read as {read[i]:R}, not {expected:R}");
        }
    }

    private string Write(string content)
    {
        var path = folder.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }
}
