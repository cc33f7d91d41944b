namespace Offramp.Statistics.Agreement;

/// <summary>
/// Ratings that cannot be analysed as given (a rater rating the same subject twice, a rating outside the
/// stated scale). The message is written for the person who prepared the data and says how to fix it.
/// </summary>
public sealed class RatingDataException : Exception
{
    public RatingDataException()
    {
    }

    public RatingDataException(string message)
        : base(message)
    {
    }

    public RatingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
