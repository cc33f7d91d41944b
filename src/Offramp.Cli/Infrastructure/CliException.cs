namespace Offramp.Cli.Infrastructure;

/// <summary>A failure whose message is already written for the person at the terminal.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.InvalidInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
