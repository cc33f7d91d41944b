namespace Offramp.Statistics.Common;

/// <summary>What kind of small number made a result fragile.</summary>
public enum SmallNumberKind
{
    /// <summary>Fewer than <see cref="SmallNumberWarning.MinimumSampleSize"/> observations.</summary>
    SmallSample,

    /// <summary>Fewer than <see cref="SmallNumberWarning.MinimumEvents"/> events.</summary>
    FewEvents,

    /// <summary>A contingency table cell with an expected count under <see cref="SmallNumberWarning.MinimumExpectedCount"/>.</summary>
    SmallExpectedCount,

    /// <summary>A quantity could not be estimated from these numbers (e.g. a zero cell).</summary>
    NotEstimable,
}

/// <summary>
/// A warning, worded for practitioners, that a figure rests on small numbers. Evaluations of small
/// programs are the norm in this field, so results carry these instead of silently reporting unstable figures.
/// </summary>
public sealed record SmallNumberWarning(SmallNumberKind Kind, string Message)
{
    /// <summary>
    /// The message with numbered holes ("Only {0} {1}: {2}."), and <see cref="Values"/> what fills them, so an
    /// application can word the warning in its reader's language; a message given whole is its own template.
    /// </summary>
    public string Template { get; init; } = Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>What fills <see cref="Template"/>'s holes: counts and the fragments the caller gave (<see cref="WarningText"/>).</summary>
    public IReadOnlyList<object> Values { get; init; } = [];

    /// <summary>Below this many observations estimates and tests are unreliable.</summary>
    public const int MinimumSampleSize = 10;

    /// <summary>Below this many events a survival estimate or rate is unstable.</summary>
    public const int MinimumEvents = 5;

    /// <summary>The usual rule of thumb for the chi-square approximation.</summary>
    public const double MinimumExpectedCount = 5;

    /// <summary>Warns when <paramref name="count"/> is under <see cref="MinimumSampleSize"/>.</summary>
    /// <param name="count">Number of observations.</param>
    /// <param name="unitPlural">What is counted, plural ("participants", "pairs").</param>
    /// <param name="consequence">What it means, e.g. "the change estimates are unreliable".</param>
    public static SmallNumberWarning? ForSampleSize(int count, WarningText unitPlural, string consequence) => SampleSize(count, unitPlural, consequence);

    /// <summary>As <see cref="ForSampleSize(int, WarningText, string)"/>, with a consequence that itself names something ("{0} could change a lot…").</summary>
    public static SmallNumberWarning? ForSampleSize(int count, WarningText unitPlural, WarningText consequence) => SampleSize(count, unitPlural, consequence);

    private static SmallNumberWarning? SampleSize(int count, WarningText unitPlural, object consequence) =>
        count < MinimumSampleSize
            ? new SmallNumberWarning(SmallNumberKind.SmallSample, $"Only {count} {unitPlural}: {consequence}.")
            {
                Template = "Only {0} {1}: {2}.",
                Values = [count, unitPlural, consequence],
            }
            : null;

    /// <summary>Warns when <paramref name="events"/> is under <see cref="MinimumEvents"/>.</summary>
    /// <param name="events">Number of events.</param>
    /// <param name="context">Optional qualifier, e.g. "in group B".</param>
    /// <param name="consequence">What it means, e.g. "the survival estimate is unstable".</param>
    public static SmallNumberWarning? ForEvents(int events, WarningText context, string consequence)
    {
        if (events >= MinimumEvents)
        {
            return null;
        }

        var where = context.IsEmpty ? string.Empty : " " + context;
        var (message, template) = events == 1 ? ($"Only 1 event{where}: {consequence}.", "Only {0} event{1}: {2}.") : ($"Only {events} events{where}: {consequence}.", "Only {0} events{1}: {2}.");
        return new SmallNumberWarning(SmallNumberKind.FewEvents, message)
        {
            Template = context.IsEmpty ? template.Replace("{1}", string.Empty, StringComparison.Ordinal) : template.Replace("{1}", " {1}", StringComparison.Ordinal),
            Values = [events, context, consequence],
        };
    }

    /// <summary>Warns when any expected count is under <see cref="MinimumExpectedCount"/>.</summary>
    public static SmallNumberWarning? ForExpectedCounts(IReadOnlyList<double> expected, string consequence)
    {
        var below = 0;
        var smallest = double.PositiveInfinity;
        foreach (var value in expected)
        {
            smallest = Math.Min(smallest, value);
            if (value < MinimumExpectedCount)
            {
                below++;
            }
        }

        if (below == 0)
        {
            return null;
        }

        var cells = expected.Count == 1 ? "cell" : "cells";
        return new SmallNumberWarning(
            SmallNumberKind.SmallExpectedCount,
            $"{below} of {expected.Count} {cells} have an expected count under 5 (smallest {smallest:0.##}): {consequence}.")
        {
            Template = "{0} of {1} cells have an expected count under 5 (smallest {2:0.##}): {3}.",
            Values = [below, expected.Count, smallest, consequence],
        };
    }

    /// <summary>States plainly that a figure could not be estimated and why.</summary>
    public static SmallNumberWarning NotEstimable(string message) => new(SmallNumberKind.NotEstimable, message);

    /// <summary>
    /// A warning whose sentence carries values (a <see cref="WarningText"/> built from an interpolated string): its message is the English
    /// text, and its template and values stay apart so an application words it in its reader's language.
    /// </summary>
    public static SmallNumberWarning Of(SmallNumberKind kind, WarningText text) =>
        new(kind, text.ToString()) { Template = text.Template, Values = [.. text.Values.Select(v => v ?? string.Empty)] };
}
