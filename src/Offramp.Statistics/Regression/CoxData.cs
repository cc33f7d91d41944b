using Offramp.Statistics.Common;
using Offramp.Statistics.Survival;

namespace Offramp.Statistics.Regression;

/// <summary>
/// A Cox model's data sorted as R's coxph.fit sorts it (by stratum, then time), with near-equal times merged
/// (R's timefix) and covariates centred and scaled as coxfit6 does: every column by its weighted mean and
/// mean absolute deviation, except columns holding only -1, 0 and 1 (R's nocenter default).
/// </summary>
internal sealed class CoxData
{
    private CoxData(int count, int columns)
    {
        Count = count;
        Columns = columns;
        Times = new double[count];
        Events = new bool[count];
        Weights = new double[count];
        X = [];
        LastInStratum = new bool[count];
        StratumOf = new int[count];
        Order = new int[count];
        Means = new double[columns];
        Scale = new double[columns];
    }

    public int Count { get; }

    public int Columns { get; }

    public double[] Times { get; }

    public bool[] Events { get; }

    public double[] Weights { get; }

    /// <summary>Centred and scaled covariates, row-major in sorted order.</summary>
    public double[] X { get; private set; }

    /// <summary>The model's column names.</summary>
    public string[] Names { get; private set; } = [];

    /// <summary>True at the last row of each stratum (and of the data).</summary>
    public bool[] LastInStratum { get; }

    public int[] StratumOf { get; }

    /// <summary>Original row index of each sorted row.</summary>
    public int[] Order { get; }

    /// <summary>Centring per column (0 for -1/0/1 columns), as R's fit$means.</summary>
    public double[] Means { get; }

    /// <summary>Multiplier applied to each centred column.</summary>
    public double[] Scale { get; }

    public static CoxData Create(
        ReadOnlySpan<double> times,
        ReadOnlySpan<bool> events,
        IReadOnlyList<Covariate> covariates,
        ReadOnlySpan<int> strata,
        int strataCount,
        ReadOnlySpan<double> weights)
    {
        var n = times.Length;
        var p = covariates.Sum(c => c.ColumnNames().Count());
        var data = new CoxData(n, p);

        // Sort by time once, merge near ties (timefix), then split by stratum keeping time order.
        var sortedTimes = times.ToArray();
        var byTime = new int[n];
        for (var i = 0; i < n; i++)
        {
            byTime[i] = i;
        }

        TimeSort.Sort(sortedTimes, byTime);
        NearTieMerger.MergeSorted(sortedTimes);
        if (strata.IsEmpty || strataCount <= 1)
        {
            byTime.CopyTo(data.Order, 0);
            sortedTimes.CopyTo(data.Times, 0);
        }
        else
        {
            var starts = new int[strataCount + 1];
            for (var i = 0; i < n; i++)
            {
                starts[strata[i] + 1]++;
            }

            for (var s = 0; s < strataCount; s++)
            {
                starts[s + 1] += starts[s];
            }

            for (var i = 0; i < n; i++)
            {
                var at = starts[strata[byTime[i]]]++;
                data.Order[at] = byTime[i];
                data.Times[at] = sortedTimes[i];
            }
        }

        for (var i = 0; i < n; i++)
        {
            var row = data.Order[i];
            data.Events[i] = events[row];
            data.Weights[i] = weights.IsEmpty ? 1.0 : weights[row];
            data.StratumOf[i] = strata.IsEmpty ? 0 : strata[row];
        }

        // The design built in sorted order is the data's own copy, centred and scaled in place below.
        var design = DesignMatrix.Create(covariates, data.Order);
        data.X = design.Values;
        data.Names = design.Names;

        for (var i = 0; i < n; i++)
        {
            data.LastInStratum[i] = i == n - 1 || data.StratumOf[i + 1] != data.StratumOf[i];
        }

        data.CentreAndScale();
        return data;
    }

    /// <summary>Linear predictor of each sorted row at <paramref name="beta"/> (on the centred, scaled columns).</summary>
    public double LinearPredictor(int row, ReadOnlySpan<double> beta)
    {
        var zbeta = 0.0;
        var offset = row * Columns;
        for (var j = 0; j < Columns; j++)
        {
            zbeta += beta[j] * X[offset + j];
        }

        return zbeta;
    }

    private void CentreAndScale()
    {
        var totalWeight = 0.0;
        for (var i = 0; i < Count; i++)
        {
            totalWeight += Weights[i];
        }

        for (var j = 0; j < Columns; j++)
        {
            if (OnlyMinusOneZeroOne(j))
            {
                Means[j] = 0;
                Scale[j] = 1;
                continue;
            }

            var sum = 0.0;
            for (var i = 0; i < Count; i++)
            {
                sum += Weights[i] * X[(i * Columns) + j];
            }

            var mean = sum / totalWeight;
            var absolute = 0.0;
            for (var i = 0; i < Count; i++)
            {
                X[(i * Columns) + j] -= mean;
                absolute += Weights[i] * Math.Abs(X[(i * Columns) + j]);
            }

            var scale = absolute > 0 ? totalWeight / absolute : 1.0;
            for (var i = 0; i < Count; i++)
            {
                X[(i * Columns) + j] *= scale;
            }

            Means[j] = mean;
            Scale[j] = scale;
        }
    }

    private bool OnlyMinusOneZeroOne(int column)
    {
        for (var i = 0; i < Count; i++)
        {
            var value = X[(i * Columns) + column];
            if (value is not (0 or 1 or -1))
            {
                return false;
            }
        }

        return true;
    }
}
