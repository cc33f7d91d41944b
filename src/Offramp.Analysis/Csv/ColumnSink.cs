using System.Globalization;
using System.Text;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis.Csv;

/// <summary>Parses one requested column's values as they stream past and appends them to an array.</summary>
internal abstract class ColumnSink(ColumnRequest request)
{
    /// <summary>Arrays start this long when the number of rows is not known; they double as they fill.</summary>
    public const int DefaultCapacity = 4096;

    public ColumnRequest Request { get; } = request;

    public abstract int Count { get; }

    /// <param name="request">The column and how to read it.</param>
    /// <param name="capacity">
    /// Rows expected: when the caller counted the file's lines, the arrays are allocated once at their final size,
    /// neither copied as they grow nor trimmed at the end (on a million rows, each copy touches megabytes of fresh pages).
    /// </param>
    public static ColumnSink For(ColumnRequest request, int capacity = DefaultCapacity) => request.Kind switch
    {
        ColumnKind.Number or ColumnKind.NonNegativeNumber or ColumnKind.PositiveNumber => new NumberSink(request, capacity),
        ColumnKind.NumberOrLabel => new NumberOrLabelSink(request, capacity),
        ColumnKind.Cause => new CauseSink(request, capacity),
        ColumnKind.ZeroOrOne => new FlagSink(request, capacity),
        ColumnKind.Label => new LabelSink(request, capacity),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown column kind."),
    };

    /// <summary>Parses one field's UTF-8 bytes; <paramref name="line"/> is the file line, for messages.</summary>
    public abstract void Add(ReadOnlySpan<byte> value, long line);

    public abstract void Store(ColumnValues columns);

    protected AnalysisInputException Invalid(ReadOnlySpan<byte> value, long line, string problem) =>
        new(L["Line {0}: {1} value '{2}' {3}.", line, Request.Name, Encoding.UTF8.GetString(value), problem]);

    /// <summary>The filled part of an array: the array itself when it was sized exactly.</summary>
    protected static T[] Filled<T>(T[] values, int count) => count == values.Length ? values : values[..count];

    private sealed class NumberSink(ColumnRequest request, int capacity) : ColumnSink(request)
    {
        private double[] values = new double[capacity];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (!FastDouble.TryParseSimple(value, out var number) &&
                (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number)))
            {
                throw Invalid(value, line, L["is not a number"]);
            }

            if (Request.Kind == ColumnKind.NonNegativeNumber && number < 0)
            {
                throw Invalid(value, line, L["is negative; times must be zero or more"]);
            }

            if (Request.Kind == ColumnKind.PositiveNumber && !(number > 0))
            {
                throw Invalid(value, line, L["must be a positive number"]);
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

        public override void Store(ColumnValues columns) =>
            columns.Numbers[Request.Name] = Filled(values, count);
    }

    private sealed class FlagSink(ColumnRequest request, int capacity) : ColumnSink(request)
    {
        private bool[] values = new bool[capacity];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (value.Length != 1 || (value[0] != (byte)'0' && value[0] != (byte)'1'))
            {
                throw Invalid(value, line, L["must be 0 (censored) or 1 (event)"]);
            }

            if (count == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[count++] = value[0] == (byte)'1';
        }

        public override void Store(ColumnValues columns) =>
            columns.Flags[Request.Name] = Filled(values, count);
    }

    private sealed class LabelSink(ColumnRequest request, int capacity) : ColumnSink(request)
    {
        /// <summary>How many byte spellings are remembered for the quick match.</summary>
        private const int QuickMatches = 16;

        private readonly Dictionary<string, int> codesByLabel = new(StringComparer.Ordinal);

        // Label columns usually hold a few groups or strata: comparing a row's bytes with each spelling seen so far
        // is several times cheaper than decoding them and hashing the characters, which the dictionary needs.
        private readonly List<(byte[] Utf8, int Code)> quickMatches = [];
        private int[] codes = new int[capacity];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            foreach (var (utf8, known) in quickMatches)
            {
                if (value.SequenceEqual(utf8))
                {
                    AppendCode(known);
                    return;
                }
            }

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

            if (quickMatches.Count < QuickMatches)
            {
                quickMatches.Add((value.ToArray(), code));
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

        public override void Store(ColumnValues columns)
        {
            // Codes were handed out in order of first appearance; renumber them in R's level order.
            var ordered = LabelOrder.Sort(codesByLabel.Keys);
            var renumber = new int[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                renumber[codesByLabel[ordered[i]]] = i;
            }

            // Renumbered in place: the codes array is not used after this.
            var result = Filled(codes, count);
            for (var i = 0; i < count; i++)
            {
                result[i] = renumber[result[i]];
            }

            columns.Labels[Request.Name] = new LabelColumn(result, ordered);
        }
    }

    /// <summary>Numbers while every value parses; at the first that does not, the column becomes categorical.</summary>
    private sealed class NumberOrLabelSink(ColumnRequest request, int capacity) : ColumnSink(request)
    {
        private readonly NumberSink numbers = new(request with { Kind = ColumnKind.Number }, capacity);
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
                labels = new LabelSink(Request, capacity);
                foreach (var earlier in numbers.Values)
                {
                    labels.Append(earlier.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            labels.Add(value, line);
        }

        public override void Store(ColumnValues columns)
        {
            if (labels is null)
            {
                numbers.Store(columns);
            }
            else
            {
                labels.Store(columns);
            }
        }
    }

    private sealed class CauseSink(ColumnRequest request, int capacity) : ColumnSink(request)
    {
        private int[] values = new int[capacity];
        private int count;

        public override int Count => count;

        public override void Add(ReadOnlySpan<byte> value, long line)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cause))
            {
                throw Invalid(value, line, L["must be 0 (censored) or a whole number 1, 2, ... naming the cause of the event"]);
            }

            if (count == values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
            }

            values[count++] = cause;
        }

        public override void Store(ColumnValues columns) =>
            columns.Causes[Request.Name] = Filled(values, count);
    }
}
