namespace Offramp.Analysis.Csv;

/// <summary>
/// A label column as codes into <see cref="Labels"/>. Labels are ordered as R orders factor levels from a
/// read.csv column: by value when every label is a number, otherwise alphabetically (ordinal), so group
/// order matches R's output.
/// </summary>
public sealed class LabelColumn
{
    public LabelColumn(int[] codes, string[] labels)
    {
        Codes = codes;
        Labels = labels;
    }

    public int[] Codes { get; }

    public string[] Labels { get; }
}
