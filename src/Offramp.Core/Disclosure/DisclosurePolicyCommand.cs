using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Disclosure;

public sealed class DisclosurePolicyCommand : IValidatableCommand
{
    public List<string> Thresholds { get; set; } = [];

    public List<string> Agencies { get; set; } = [];

    public bool RequiresFourEyes { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (!Thresholds.Any(t => !string.IsNullOrWhiteSpace(t)))
        {
            yield return (nameof(Thresholds), "Keep at least one threshold.");
        }

        if (!Agencies.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            yield return (nameof(Agencies), "Keep at least one recipient agency.");
        }

        if (Thresholds.Concat(Agencies).Any(v => v.Length > 200 || v.Contains('\n', StringComparison.Ordinal)))
        {
            yield return (nameof(Thresholds), "Each threshold and agency is one line of at most 200 characters.");
        }

        if (Thresholds.Count + Agencies.Count > 60)
        {
            yield return (nameof(Agencies), "At most 60 thresholds and agencies together.");
        }
    }
}
