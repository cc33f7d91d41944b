using System.Collections.Immutable;

namespace Offramp.Statistics.Common;

/// <summary>Gathers the warnings that apply to a result, ignoring checks that passed (null).</summary>
internal sealed class WarningCollector
{
    private readonly ImmutableArray<SmallNumberWarning>.Builder warnings = ImmutableArray.CreateBuilder<SmallNumberWarning>();

    public WarningCollector Add(SmallNumberWarning? warning)
    {
        if (warning is not null)
        {
            warnings.Add(warning);
        }

        return this;
    }

    public WarningCollector AddRange(IEnumerable<SmallNumberWarning> more)
    {
        warnings.AddRange(more);
        return this;
    }

    public ImmutableArray<SmallNumberWarning> ToImmutable() => warnings.ToImmutable();
}
