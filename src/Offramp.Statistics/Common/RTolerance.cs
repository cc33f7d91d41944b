namespace Offramp.Statistics.Common;

/// <summary>The tolerance R uses in all.equal() and in survival's tie and quantile handling.</summary>
internal static class RTolerance
{
    /// <summary>sqrt(.Machine$double.eps), about 1.49e-8.</summary>
    public static readonly double SqrtMachineEpsilon = Math.Sqrt(Math.BitIncrement(1.0) - 1.0);
}
