using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>
/// Ratings that cannot be analysed as given (a rater rating the same subject twice, a rating outside the
/// stated scale). The message is written for the person who prepared the data and says how to fix it; <see cref="Text"/>
/// keeps it as template and values, so an application can word it in its reader's language.
/// </summary>
public sealed class RatingDataException : Exception
{
    public RatingDataException()
        : this(WarningText.Fixed("The ratings cannot be analysed as given."))
    {
    }

    public RatingDataException(string message)
        : this(WarningText.Fixed(message))
    {
    }

    public RatingDataException(string message, Exception innerException)
        : this(WarningText.Fixed(message), innerException)
    {
    }

    public RatingDataException(WarningText text, Exception? innerException = null)
        : base(text.ToString(), innerException)
    {
        Text = text;
    }

    /// <summary>The message as template and values (names and numbers as given).</summary>
    public WarningText Text { get; }
}
