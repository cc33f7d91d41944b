namespace Offramp.Statistics.Common;

/// <summary>
/// The data cannot support the model asked for (separation, no convergence, a covariate that is constant
/// or a combination of others, no events). The message says why in words a practitioner can act on; <see cref="Text"/>
/// keeps it as template and values, so an application can word it in its reader's language.
/// </summary>
public sealed class ModelNotEstimableException : Exception
{
    public ModelNotEstimableException()
        : this(WarningText.Fixed("The data cannot support this model."))
    {
    }

    public ModelNotEstimableException(string message)
        : this(WarningText.Fixed(message))
    {
    }

    public ModelNotEstimableException(string message, Exception innerException)
        : this(WarningText.Fixed(message), innerException)
    {
    }

    public ModelNotEstimableException(WarningText text, Exception? innerException = null)
        : base(text.ToString(), innerException)
    {
        Text = text;
    }

    /// <summary>The message as template and values (names and numbers as given).</summary>
    public WarningText Text { get; }
}
