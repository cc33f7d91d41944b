namespace Offramp.Analysis.Agreement;

/// <summary>
/// A problem with the file or the options given to <c>analyze agreement</c> (no such file, no such
/// column). The command prints the message, which says what to change, without a stack trace.
/// </summary>
public sealed class AgreementInputException : Exception
{
    public AgreementInputException()
    {
    }

    public AgreementInputException(string message)
        : base(message)
    {
    }

    public AgreementInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}