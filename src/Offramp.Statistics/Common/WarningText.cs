using System.Globalization;

namespace Offramp.Statistics.Common;

/// <summary>
/// A fragment a caller gives a <see cref="SmallNumberWarning"/> that itself names something ("participants in group
/// {0}" with the group's label): kept as its template and values, as the warning is, so an application can word the
/// fixed words in its reader's language and show the name as given. A plain string is a fragment with no values.
/// </summary>
public sealed record WarningText(string Template, IReadOnlyList<object?> Values)
{
    /// <summary>A fragment from an interpolated string: <c>WarningText.Of($"participants in group {label}")</c>.</summary>
    public static WarningText Of(FormattableString text) => new(text.Format, text.GetArguments());

    /// <summary>A fragment with no values, such as a statistic's name a warning quotes ("Cohen's kappa").</summary>
    public static WarningText Fixed(string fixedText) =>
        new(fixedText.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), []);

    public static implicit operator WarningText(string fixedText) => Fixed(fixedText);

    public bool IsEmpty => Template.Length == 0;

    /// <summary>The English fragment, as the warning's <see cref="SmallNumberWarning.Message"/> reads it.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Template, [.. Values]);
}
