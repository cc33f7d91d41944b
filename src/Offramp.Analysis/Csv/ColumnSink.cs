using System.Globalization;
using System.Text;

namespace Offramp.Analysis.Csv;

/// <summary>Parses one requested column's values as they stream past and appends them to an array.</summary>
internal abstract class ColumnSink(ColumnRequest request)
{
    public ColumnRequest Request { get; } = request;

    public abstract int Count { get; }

    public static ColumnSink For(ColumnRequest request) => request.Kind switch
    {
        ColumnKind.Number or ColumnKind.NonNegativeNumber or ColumnKind.PositiveNumber => new NumberSink(request),
        ColumnKind.NumberOrLabel => new NumberOrLabelSink(request),
        ColumnKind.Cause => new CauseSink(request),
        ColumnKind.ZeroOrOne => new FlagSink(request),
        ColumnKind.Label => new LabelSink(request),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown column kind."),
    };

    /// <summary>Parses one field's UTF-8 bytes; <paramref name="line"/> is the file line, for messages.</summary>
    public abstract void Add(ReadOnlySpan<byte> value, long line);

    public abstract void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels);

    protected AnalysisInputException Invalid(ReadOnlySpan<byte> value, long line, string problem) =>
        new($"Line {line}: {Request.Name} value '{Encoding.UTF8.GetString(value)}' {problem}.");

    private sealed class NumberSink(ColumnRequest request) : ColumnSink(request)
    {
        private double[] values = new double[4096];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (!FastDouble.TryParseSimple(value, out var number) &&
                (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number)))
            {
                throw Invalid(value, line, "is not a number");
            }

            if (Request.Kind == ColumnKind.NonNegativeNumber && number < 0)
            {
                throw Invalid(value, line, "is negative; times must be zero or more");
            }

            if (Request.Kind == ColumnKind.PositiveNumber && !(number > 0))
            {
                throw Invalid(value, line, "must be a positive number");
            }

            Append(number);
        }

        public IEnumerable<double> Values => values.Take(count);

        public void Append(double number)
        {
            if (count == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[count++] = number;
        }

        public override void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels) =>
            numbers[Request.Name] = values[..count];
    }

    private sealed class FlagSink(ColumnRequest request) : ColumnSink(request)
    {
        private bool[] values = new bool[4096];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (value.Length != 1 || (value[0] != (byte)'0' && value[0] != (byte)'1'))
            {
                throw Invalid(value, line, "must be 0 (censored) or 1 (event)");
            }

            if (count == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[count++] = value[0] == (byte)'1';
        }

        public override void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels) =>
            flags[Request.Name] = values[..count];
    }

    private sealed class LabelSink(ColumnRequest request) : ColumnSink(request)
    {
        private readonly Dictionary<string, int> codesByLabel = new(StringComparer.Ordinal);
        private int[] codes = new int[4096];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            // Look the label up by its characters, so repeated labels cost one string each, not one per row.
            Span<char> buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
            var length = Encoding.UTF8.GetChars(value, buffer);
            var lookup = codesByLabel.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(buffer[..length], out var code))
            {
                var label = new string(buffer[..length]);
                code = codesByLabel.Count;
                codesByLabel.Add(label, code);
            }

            AppendCode(code);
        }

        public void Append(string label)
        {
            if (!codesByLabel.TryGetValue(label, out var code))
            {
                code = codesByLabel.Count;
                codesByLabel.Add(label, code);
            }

            AppendCode(code);
        }

        private void AppendCode(int code)
        {
            if (count == codes.Length)
            {
                Array.Resize(ref codes, codes.Length * 2);
            }

            codes[count++] = code;
        }

        public override void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels)
        {
            // Codes were handed out in order of first appearance; renumber them in R's level order.
            var ordered = LabelOrder.Sort(codesByLabel.Keys);
            var renumber = new int[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                renumber[codesByLabel[ordered[i]]] = i;
            }

            var result = new int[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = renumber[codes[i]];
            }

            labels[Request.Name] = new LabelColumn(result, ordered);
        }
    }

    /// <summary>Numbers while every value parses; at the first that does not, the column becomes categorical.</summary>
    private sealed class NumberOrLabelSink(ColumnRequest request) : ColumnSink(request)
    {
        private readonly NumberSink numbers = new(request with { Kind = ColumnKind.Number });
        private LabelSink? labels;

        public override int Count => labels?.Count ?? numbers.Count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (labels is null)
            {
                if (FastDouble.TryParseSimple(value, out var number) ||
                    (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number)))
                {
                    numbers.Append(number);
                    return;
                }

                // Like R's read.csv: one non-number makes the whole column a factor.
                labels = new LabelSink(Request);
                foreach (var earlier in numbers.Values)
                {
                    labels.Append(earlier.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            labels.Add(value, line);
        }

        public override void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels)
        {
            if (this.labels is null)
            {
                this.numbers.Store(numbers, flags, labels);
            }
            else
            {
                this.labels.Store(numbers, flags, labels);
            }
        }
    }

    private sealed class CauseSink(ColumnRequest request) : ColumnSink(request)
    {
        private int[] values = new int[4096];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cause))
            {
                throw Invalid(value, line, "must be 0 (censored) or a whole number 1, 2, ... naming the cause of the event");
            }

            if (count == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[count++] = cause;
        }

        public override void Store(Dictionary<string, double[]> numbers, Dictionary<string, bool[]> flags, Dictionary<string, LabelColumn> labels)
        {
            var result = new double[count];
            for (var i = 0; i < count; i++)
            {
                result[i] = values[i];
            }

            numbers[Request.Name] = result;
        }
    }
}
