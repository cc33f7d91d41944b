using System.CommandLine;

using Offramp.Analysis.Change;
using Offramp.Analysis.Compare;
using Offramp.Analysis.Survival;

using static Offramp.Analysis.Languages.AnalysisText;

namespace Offramp.Analysis;

/// <summary>The <c>analyze</c> command: statistics from a CSV file, as tables or JSON, for evaluators who check them against R and Python.</summary>
public static class AnalyzeCommand
{
    public static Command Create() => new("analyze", L["Statistics from a CSV file: survival, group comparisons, pre/post change, agreement, Cox regression, competing risks, propensity weighting, meta-analysis."])
    {
        SurvivalCommand.Create(),
        CompareCommand.Create(),
        ChangeCommand.Create(),
        Agreement.AgreementCommand.Create(),
        Cox.CoxCommand.Create(),
        Competing.CompetingCommand.Create(),
        Weighted.WeightedCommand.Create(),
        Meta.MetaCommand.Create(),
    };
}
