namespace Offramp.Analysis;

/// <summary>The input cannot be analysed (unknown column, value of the wrong kind, ...); the message is for the user.</summary>
public sealed class AnalysisInputException(string message) : Exception(message);
