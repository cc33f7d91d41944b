namespace Offramp.Statistics.Common;

/// <summary>
/// Ordinary least squares by Householder QR (as R's lm), giving the coefficients, the unscaled covariance
/// (X'X)⁻¹ and the residual sum of squares. Refuses a design whose columns are not independent.
/// </summary>
internal static class LeastSquares
{
    /// <param name="x">Row-major design (n rows, p columns), intercept included by the caller.</param>
    /// <param name="y">Response.</param>
    /// <param name="p">Columns.</param>
    /// <param name="names">Column names, for the refusal message.</param>
    public static (double[] Coefficients, double[,] Unscaled, double ResidualSumOfSquares) Fit(double[] x, double[] y, int p, IReadOnlyList<string> names)
    {
        var n = y.Length;
        var a = (double[])x.Clone();
        var b = (double[])y.Clone();
        var diagonal = new double[p];
        var scale = new double[p];
        for (var j = 0; j < p; j++)
        {
            var norm = 0.0;
            for (var i = 0; i < n; i++)
            {
                norm = Hypot(norm, x[(i * p) + j]);
            }

            scale[j] = norm;
        }

        for (var k = 0; k < p; k++)
        {
            var norm = 0.0;
            for (var i = k; i < n; i++)
            {
                norm = Hypot(norm, a[(i * p) + k]);
            }

            // R's lm tolerance (1e-7) relative to the column's original length.
            if (norm <= 1e-7 * scale[k] || norm == 0)
            {
                throw new ModelNotEstimableException(
                    WarningText.Of($"Column '{names[k]}' is constant or a combination of the other columns, so its effect cannot be estimated."));
            }

            if (a[(k * p) + k] < 0)
            {
                norm = -norm;
            }

            for (var i = k; i < n; i++)
            {
                a[(i * p) + k] /= norm;
            }

            a[(k * p) + k] += 1;
            for (var j = k + 1; j < p; j++)
            {
                var s = 0.0;
                for (var i = k; i < n; i++)
                {
                    s += a[(i * p) + k] * a[(i * p) + j];
                }

                s = -s / a[(k * p) + k];
                for (var i = k; i < n; i++)
                {
                    a[(i * p) + j] += s * a[(i * p) + k];
                }
            }

            var t = 0.0;
            for (var i = k; i < n; i++)
            {
                t += a[(i * p) + k] * b[i];
            }

            t = -t / a[(k * p) + k];
            for (var i = k; i < n; i++)
            {
                b[i] += t * a[(i * p) + k];
            }

            diagonal[k] = -norm;
        }

        // Back-substitute R beta = Q'y; the residuals are the rest of Q'y.
        var coefficients = new double[p];
        for (var k = p - 1; k >= 0; k--)
        {
            var s = b[k];
            for (var j = k + 1; j < p; j++)
            {
                s -= R(k, j) * coefficients[j];
            }

            coefficients[k] = s / diagonal[k];
        }

        var rss = 0.0;
        for (var i = p; i < n; i++)
        {
            rss += b[i] * b[i];
        }

        // (X'X)^-1 = R^-1 R^-T.
        var inverse = new double[p, p];
        for (var column = 0; column < p; column++)
        {
            for (var k = column; k >= 0; k--)
            {
                var s = k == column ? 1.0 : 0.0;
                for (var j = k + 1; j <= column; j++)
                {
                    s -= R(k, j) * inverse[j, column];
                }

                inverse[k, column] = s / diagonal[k];
            }
        }

        var unscaled = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                var s = 0.0;
                for (var k = Math.Max(i, j); k < p; k++)
                {
                    s += inverse[i, k] * inverse[j, k];
                }

                unscaled[i, j] = s;
            }
        }

        return (coefficients, unscaled, rss);

        double R(int row, int column) => a[(row * p) + column];
    }

    private static double Hypot(double a, double b) => Math.Sqrt((a * a) + (b * b));
}
