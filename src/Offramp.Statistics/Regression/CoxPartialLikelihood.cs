using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Regression;

/// <summary>
/// The log partial likelihood of a (stratified, weighted) Cox model with its score and information, in the
/// operation order of R survival's coxfit6_iter: rows walked from the last time backwards, tied event times
/// handled by Breslow or Efron.
/// </summary>
internal sealed class CoxPartialLikelihood(CoxData data, CoxTies ties) : ILogLikelihood
{
    private readonly double[] a = new double[data.Columns];
    private readonly double[] a2 = new double[data.Columns];
    // Row-major p x p (lower triangle used), flat rather than double[,]: the per-row update of a million rows spent
    // much of its time on two-dimensional indexing. The operations and their order are the same.
    private readonly double[] cmat = new double[data.Columns * data.Columns];
    private readonly double[] cmat2 = new double[data.Columns * data.Columns];

    public int Dimension => data.Columns;

    public double Evaluate(ReadOnlySpan<double> beta, double[] u, double[,] imat)
    {
        var p = data.Columns;
        var x = data.X;
        var times = data.Times;
        var weights = data.Weights;
        var events = data.Events;
        var last = data.LastInStratum;
        var efron = ties == CoxTies.Efron;
        Array.Clear(u);
        Array.Clear(a2);
        Array.Clear(imat);
        Array.Clear(cmat2);

        // Observations sharing a row of X (see CoxData) share its linear predictor and risk score: computed once per row
        // here, in the order the loop below used per observation, so they are the very same values.
        var rowOf = data.RowOf;
        var shared = p > 0 && x.Length / p < data.Count;
        var zbetaOfRow = shared ? new double[x.Length / p] : [];
        var scoreOfRow = shared ? new double[x.Length / p] : [];
        for (var row = 0; row < zbetaOfRow.Length; row++)
        {
            var zbeta = 0.0;
            for (var i = 0; i < p; i++)
            {
                zbeta += beta[i] * x[(row * p) + i];
            }

            (zbetaOfRow[row], scoreOfRow[row]) = (zbeta, Math.Exp(zbeta));
        }

        var loglik = 0.0;
        var denom = 0.0;
        for (var person = data.Count - 1; person >= 0;)
        {
            if (last[person])
            {
                denom = 0;
                Array.Clear(a);
                Array.Clear(cmat);
            }

            var dtime = times[person];
            var deaths = 0;
            var deadWeight = 0.0;
            var denom2 = 0.0;
            while (person >= 0 && times[person] == dtime)
            {
                var offset = data.Offset(person);
                double zbeta, score;
                if (shared)
                {
                    (zbeta, score) = (zbetaOfRow[rowOf[person]], scoreOfRow[rowOf[person]]);
                }
                else
                {
                    zbeta = 0.0;
                    for (var i = 0; i < p; i++)
                    {
                        zbeta += beta[i] * x[offset + i];
                    }

                    score = Math.Exp(zbeta);
                }

                var risk = score * weights[person];
                if (!events[person])
                {
                    denom += risk;
                    for (var i = 0; i < p; i++)
                    {
                        var xi = x[offset + i];
                        a[i] += risk * xi;
                        AddScaled(cmat.AsSpan(i * p, i + 1), x.AsSpan(offset, i + 1), risk * xi);
                    }
                }
                else
                {
                    deaths++;
                    deadWeight += weights[person];
                    denom2 += risk;
                    loglik += weights[person] * zbeta;
                    for (var i = 0; i < p; i++)
                    {
                        var xi = x[offset + i];
                        u[i] += weights[person] * xi;
                        a2[i] += risk * xi;
                        AddScaled(cmat2.AsSpan(i * p, i + 1), x.AsSpan(offset, i + 1), risk * xi);
                    }
                }

                person--;
                if (person >= 0 && last[person])
                {
                    break; // ties do not cross strata
                }
            }

            if (deaths == 0)
            {
                continue;
            }

            if (!efron || deaths == 1)
            {
                denom += denom2;
                loglik -= deadWeight * Math.Log(denom);
                for (var i = 0; i < p; i++)
                {
                    a[i] += a2[i];
                    var mean = a[i] / denom;
                    u[i] -= deadWeight * mean;
                    for (var j = 0; j <= i; j++)
                    {
                        cmat[(i * p) + j] += cmat2[(i * p) + j];
                        imat[j, i] += deadWeight * (cmat[(i * p) + j] - (mean * a[j])) / denom;
                    }
                }
            }
            else
            {
                // Efron: the tied deaths leave the risk set a fraction 1/d at a time.
                var averageWeight = deadWeight / deaths;
                for (var k = 0; k < deaths; k++)
                {
                    denom += denom2 / deaths;
                    loglik -= averageWeight * Math.Log(denom);
                    for (var i = 0; i < p; i++)
                    {
                        a[i] += a2[i] / deaths;
                        var mean = a[i] / denom;
                        u[i] -= averageWeight * mean;
                        for (var j = 0; j <= i; j++)
                        {
                            cmat[(i * p) + j] += cmat2[(i * p) + j] / deaths;
                            imat[j, i] += averageWeight * (cmat[(i * p) + j] - (mean * a[j])) / denom;
                        }
                    }
                }
            }

            Array.Clear(a2);
            Array.Clear(cmat2);
        }

        return loglik;
    }

    /// <summary>
    /// row[j] += factor * xs[j] for each j, four at a time where the hardware allows: each element gets the same
    /// multiply, then add, as one at a time (no fused multiply-add), so every sum is the same to the last bit. This
    /// update runs once per observation and Newton step, for every covariate pair, and was most of a fit's time.
    /// </summary>
    private static void AddScaled(Span<double> row, ReadOnlySpan<double> xs, double factor)
    {
        var j = 0;
        if (Vector256.IsHardwareAccelerated && row.Length >= Vector256<double>.Count)
        {
            var scale = Vector256.Create(factor);
            ref var target = ref MemoryMarshal.GetReference(row);
            ref var source = ref MemoryMarshal.GetReference(xs);
            for (; j <= row.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var sum = Vector256.LoadUnsafe(ref target, (nuint)j) + (scale * Vector256.LoadUnsafe(ref source, (nuint)j));
                sum.StoreUnsafe(ref target, (nuint)j);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] += factor * xs[j];
        }
    }
}
