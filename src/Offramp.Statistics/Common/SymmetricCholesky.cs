namespace Offramp.Statistics.Common;

/// <summary>
/// The generalised Cholesky factorisation C = F D F' that R survival uses (cholesky2, chsolve2, chinv2):
/// a column whose pivot falls below a tolerance is treated as redundant (its D entry set to 0) rather
/// than failing, so a rank-deficient information matrix is detected instead of producing garbage.
/// Shared by the Cox, logistic and linear models so they solve their systems the same way.
/// </summary>
internal static class SymmetricCholesky
{
    /// <summary>R's coxph.control()$toler.chol: .Machine$double.eps^0.75.</summary>
    public static readonly double DefaultTolerance = Math.Pow(Math.BitIncrement(1.0) - 1.0, 0.75);

    /// <summary>
    /// Factors the symmetric matrix held in the upper triangle (and diagonal) of <paramref name="matrix"/> in place:
    /// F below the diagonal, D on it. Returns the rank, negative when the matrix is not non-negative definite.
    /// </summary>
    public static int Factor(double[,] matrix, double tolerance)
    {
        var n = matrix.GetLength(0);
        var nonNegative = 1;
        var eps = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (matrix[i, i] > eps)
            {
                eps = matrix[i, i];
            }

            for (var j = i + 1; j < n; j++)
            {
                matrix[j, i] = matrix[i, j];
            }
        }

        eps = eps == 0 ? tolerance : eps * tolerance;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = matrix[i, i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                matrix[i, i] = 0;
                if (pivot < -8 * eps)
                {
                    nonNegative = -1;
                }
            }
            else
            {
                rank++;
                for (var j = i + 1; j < n; j++)
                {
                    var temp = matrix[j, i] / pivot;
                    matrix[j, i] = temp;
                    matrix[j, j] -= temp * temp * pivot;
                    for (var k = j + 1; k < n; k++)
                    {
                        matrix[k, j] -= temp * matrix[k, i];
                    }
                }
            }
        }

        return rank * nonNegative;
    }

    /// <summary>Solves A b = y in place, given the factor from <see cref="Factor"/>; redundant columns get 0.</summary>
    public static void Solve(double[,] factor, Span<double> y)
    {
        var n = factor.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            var temp = y[i];
            for (var j = 0; j < i; j++)
            {
                temp -= y[j] * factor[i, j];
            }

            y[i] = temp;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            if (factor[i, i] == 0)
            {
                y[i] = 0;
            }
            else
            {
                var temp = y[i] / factor[i, i];
                for (var j = i + 1; j < n; j++)
                {
                    temp -= y[j] * factor[j, i];
                }

                y[i] = temp;
            }
        }
    }

    /// <summary>
    /// Turns the factor from <see cref="Factor"/> into the (generalised) inverse, returned as a full symmetric
    /// matrix; rows and columns of redundant columns are 0.
    /// </summary>
    public static double[,] Invert(double[,] factor)
    {
        var n = factor.GetLength(0);
        var matrix = (double[,])factor.Clone();
        for (var i = 0; i < n; i++)
        {
            if (matrix[i, i] > 0)
            {
                matrix[i, i] = 1 / matrix[i, i];
                for (var j = i + 1; j < n; j++)
                {
                    matrix[j, i] = -matrix[j, i];
                    for (var k = 0; k < i; k++)
                    {
                        matrix[j, k] += matrix[j, i] * matrix[i, k];
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (matrix[i, i] == 0)
            {
                for (var j = 0; j < i; j++)
                {
                    matrix[j, i] = 0;
                }

                for (var j = i; j < n; j++)
                {
                    matrix[i, j] = 0;
                }
            }
            else
            {
                for (var j = i + 1; j < n; j++)
                {
                    var temp = matrix[j, i] * matrix[j, j];
                    matrix[i, j] = temp;
                    for (var k = i; k < j; k++)
                    {
                        matrix[i, k] += temp * matrix[j, k];
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                matrix[i, j] = matrix[j, i];
            }
        }

        return matrix;
    }

    /// <summary>
    /// b' A⁻¹ b for a symmetric A, as R survival's coxph.wtest (Wald and score tests); NaN when A has a
    /// non-finite entry.
    /// </summary>
    public static double QuadraticFormOfInverse(double[,] matrix, ReadOnlySpan<double> b, double tolerance)
    {
        var n = b.Length;
        var copy = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!double.IsFinite(matrix[i, j]))
                {
                    return double.NaN;
                }

                copy[i, j] = matrix[i, j];
            }
        }

        Factor(copy, tolerance);
        var solution = b.ToArray();
        Solve(copy, solution);
        var test = 0.0;
        for (var i = 0; i < n; i++)
        {
            test += b[i] * solution[i];
        }

        return test;
    }
}
