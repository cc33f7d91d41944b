namespace Offramp.Statistics.Meta;

/// <summary>One study's effect size and its sampling variance, ready to pool (metafor's yi and vi).</summary>
public readonly record struct EffectSize(double Yi, double Vi)
{
    /// <summary>sqrt(vi).</summary>
    public double StandardError => Math.Sqrt(Vi);
}
