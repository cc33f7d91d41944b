using System.CommandLine;

using CsvHelper;

namespace Offramp.Analysis;

/// <summary>
/// Runs an analyze subcommand: input problems end with one plain message on stderr and exit code 1,
/// never a stack trace. Programming errors are not caught here, so they still surface.
/// </summary>
internal static class AnalysisCommandAction
{
    public const int InputError = 1;

    public static int Run(ParseResult parseResult, string commandName, Action<TextWriter> analyse)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            analyse(parseResult.InvocationConfiguration.Output);
            return 0;
        }
        catch (Exception exception) when (exception is AnalysisInputException or Statistics.Common.ModelNotEstimableException or CsvFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"analyze {commandName}: {(exception is Statistics.Common.ModelNotEstimableException model ? Languages.AnalysisText.Say(model.Text) : exception.Message)}");
            return InputError;
        }
    }
}
