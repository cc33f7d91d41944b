using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// Economics from what the program states and what it published, never from anything else: cost per completion from
/// the published completion counts, and cost per adverse outcome avoided from a published completers-versus-early-
/// leavers risk difference whose interval excludes zero. Each figure says what it assumes.
/// </summary>
public static class LibraryEconomicsCalculator
{
    public static LibraryEconomics Of(PracticeProfile profile, EvidenceBundle? bundle)
    {
        var cost = profile.CostPerParticipant;
        var figures = new List<LibraryCostFigure>();
        var notEstimable = new List<string>();
        if (cost?.Amount is not { } amount)
        {
            notEstimable.Add("The profile states no cost per participant, so no cost can be worked out.");
            return new LibraryEconomics(null, figures, notEstimable);
        }

        if (bundle is null)
        {
            notEstimable.Add("No evidence bundle published: cost per completion and per outcome avoided need published counts and rates.");
            return new LibraryEconomics(cost, figures, notEstimable);
        }

        var completion = bundle.Breakdowns.Where(b => b.Dimension == EvidenceDimensions.Completion).ToDictionary(b => b.Category, b => b.Participants.Value);
        var completed = completion.GetValueOrDefault("completed");
        var left = completion.GetValueOrDefault("left-early");
        if (completed is > 0 && left is not null)
        {
            var rate = (decimal)completed.Value / (completed.Value + left.Value);
            figures.Add(new LibraryCostFigure("Cost per completion", Math.Round(amount / rate, 0), null, null, cost.Currency,
                $"{completed:N0} completed and {left:N0} left early (rounded counts): {rate:P0} of those who finished completed. Assumes an early leaver costs as much as a completer; those still in the program are left out."));
        }
        else
        {
            notEstimable.Add("Cost per completion: the completion counts are withheld or no one has completed yet.");
        }

        foreach (var metric in bundle.Metrics.Where(m => m.Kind == "no-adverse-outcome"))
        {
            var title = Evidence.Hub.ComparableMetric.Title(metric);
            if (metric.Comparison?.RiskDifference is { } rd && rd.Lower > 0)
            {
                figures.Add(new LibraryCostFigure($"Cost per adverse outcome avoided ({title})", Math.Round(amount / (decimal)rd.Value, 0),
                    Math.Round(amount / (decimal)rd.Upper, 0), Math.Round(amount / (decimal)rd.Lower, 0), cost.Currency,
                    $"Completers were {rd.Value:P1} more often free of the outcome than early leavers (95% CI {rd.Lower:P1} to {rd.Upper:P1}). Assumes the whole difference is the program's doing: it is not randomised, and people who complete differ from those who leave, so the true cost is likely higher."));
            }
            else
            {
                notEstimable.Add($"Cost per adverse outcome avoided ({title}): no published difference between completers and early leavers that excludes zero.");
            }
        }

        return new LibraryEconomics(cost, figures, notEstimable);
    }
}
