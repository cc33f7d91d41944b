using Offramp.Core.Common;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>A metric's names in the app's other languages ("fr", "ar"); a blank name removes that language's name.</summary>
public sealed class TranslateMetricNameCommand : IValidatableCommand
{
    public Dictionary<string, string> Names { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check() => MetricNames.Check(nameof(Names), Names);
}
