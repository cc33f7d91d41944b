using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis;

/// <summary>Checks the --conf-level value shared by the analyze commands.</summary>
internal static class ConfidenceLevelOption
{
    public static double Parse(double level) =>
        level is > 0 and < 1
            ? level
            : throw new AnalysisInputException(L["--conf-level must lie between 0 and 1 (got {0}).", level]);
}
