using System.Collections.Immutable;
using System.Runtime.InteropServices;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Regression;

/// <summary>
/// Logistic regression with an intercept, matching R's glm(family = binomial): IRLS started from R's
/// mustart, R's deviance convergence rule (1e-8, 25 iterations) and logit clamps, and standard errors from
/// the information of the last IRLS step, as summary.glm reports them. Separation (fitted probabilities of
/// 0 or 1) and non-convergence are refused with a message instead of R's warnings.
/// </summary>
public static class LogisticRegression
{
    private const double Epsilon = 1e-8;
    private const int MaxIterations = 25;
    private static readonly double MachineEpsilon = Math.BitIncrement(1.0) - 1.0;
    private const double Threshold = 30; // R's THRESH in family.c

    /// <param name="outcome">The binary outcome (true = 1).</param>
    /// <param name="covariates">Covariates; an intercept is added first.</param>
    /// <param name="outcomeName">Used in messages.</param>
    public static LogisticResult Fit(bool[] outcome, IReadOnlyList<Covariate> covariates, string outcomeName = "the outcome") =>
        Fit(outcome, DesignMatrix.Create(covariates), outcomeName);

    /// <summary>Fits on a design already built from the covariates (so a caller that needs it too builds it once).</summary>
    internal static LogisticResult Fit(bool[] outcome, DesignMatrix design, string outcomeName = "the outcome")
    {
        var n = outcome.Length;
        if (design.Rows != n)
        {
            throw new ArgumentException("The outcome and the covariates need one entry per observation.", nameof(outcome));
        }

        var ones = 0;
        foreach (var y in outcome)
        {
            ones += y ? 1 : 0;
        }

        if (ones == 0 || ones == n)
        {
            throw new ModelNotEstimableException(WarningText.Of($"Everyone has the same {outcomeName} ({(ones == 0 ? 0 : 1)}): there is nothing for a logistic regression to predict."));
        }

        var p = design.Columns + 1;
        var names = design.Names.Prepend("(Intercept)").ToArray();
        var rows = UniqueRows.Collapse(outcome, design);
        var x = rows.X;
        var count = rows.Count;
        var likelihood = new BinomialLikelihood(rows);

        // R's start: mu = (y + 0.5) / 2 for every row (not R's start for weighted data, so the iterations are those of
        // the rows as given), one weighted least-squares step from its logit.
        var devianceStart = 0.0;
        var information0 = new double[p, p];
        var rhs = new double[p];
        for (var r = 0; r < rows.Length; r++)
        {
            var y = rows.Y[r];
            var mu = (y + 0.5) / 2;
            devianceStart += count[r] * UnitDeviance(y, mu);
            var eta = Math.Log(mu / (1 - mu));
            var muEta = MuEta(eta);
            var weight = muEta * muEta / (mu * (1 - mu));
            var z = eta + ((y - mu) / muEta);
            Accumulate(x.AsSpan(r * p, p), count[r] * weight, count[r] * weight * z, information0, rhs);
        }

        var tolerance = 1e-11;
        var rank0 = SymmetricCholesky.Factor(information0, tolerance);
        RefuseRedundant(information0, rank0, names);
        SymmetricCholesky.Solve(information0, rhs);

        var fit = NewtonRaphson.Maximize(
            likelihood,
            new double[p],
            -devianceStart / 2,
            information0,
            rhs,
            (best, value) => Math.Abs((-2 * value) - (-2 * best)) / (Math.Abs(-2 * value) + 0.1) < Epsilon,
            MaxIterations,
            halveWhenWorse: false,
            tolerance);
        var rowFitted = likelihood.Probabilities(fit.Estimate);
        var separated = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            var mu = rowFitted[r];
            separated += mu > 1 - (10 * MachineEpsilon) || mu < 10 * MachineEpsilon ? (int)count[r] : 0;
        }

        if (separated > 0)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"The covariates separate {outcomeName} perfectly: {separated} participants get a fitted probability of 0 or 1 (R warns 'fitted probabilities numerically 0 or 1'). Their estimates cannot be trusted; drop or merge the covariate that predicts the outcome perfectly."));
        }

        if (!fit.Converged)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"The covariates separate {outcomeName} (almost) perfectly: the logistic regression did not converge in {MaxIterations} iterations because a coefficient keeps growing. Drop or merge the covariate (or category) that predicts the outcome perfectly."));
        }

        // summary.glm uses the information of the last IRLS step, i.e. at the iterate before the estimate.
        var variance = SymmetricCholesky.Invert(fit.PreviousInformationFactor);
        var coefficients = ImmutableArray.CreateBuilder<LogisticCoefficient>(p);
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(variance[j, j]);
            var z = fit.Estimate[j] / se;
            coefficients.Add(new LogisticCoefficient(names[j], fit.Estimate[j], se, z, 2 * Probability.NormalUpperTail(Math.Abs(z)), Math.Exp(fit.Estimate[j])));
        }

        var deviance = -2 * fit.LogLikelihood;
        var mean = ones / (double)n;
        var nullDeviance = (ones * UnitDeviance(1, mean)) + ((n - ones) * UnitDeviance(0, mean));
        var fitted = new double[n];
        for (var i = 0; i < n; i++)
        {
            fitted[i] = rowFitted[rows.RowOf[i]];
        }

        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "the propensity model is unreliable"))
            .Add(SmallNumberWarning.ForEvents(Math.Min(ones, n - ones), WarningText.Of($"in the smaller {outcomeName} group"), "the model cannot adjust for much"))
            .ToImmutable();
        return new LogisticResult(n, coefficients.MoveToImmutable(), ImmutableCollectionsMarshal.AsImmutableArray(fitted), deviance, nullDeviance, deviance + (2 * p), fit.Iterations, warnings);
    }

    private static void RefuseRedundant(double[,] factor, int rank, string[] names)
    {
        if (rank == names.Length)
        {
            return;
        }

        var redundant = Enumerable.Range(0, names.Length).Where(i => factor[i, i] == 0).Select(i => $"'{names[i]}'");
        throw new ModelNotEstimableException(
            WarningText.Of($"Covariate column {string.Join(", ", redundant)} is constant or a combination of the other covariates, so its effect cannot be separated from theirs. Drop it or merge categories."));
    }

    private static void Accumulate(ReadOnlySpan<double> row, double weight, double response, double[,] information, double[] rhs)
    {
        for (var i = 0; i < row.Length; i++)
        {
            rhs[i] += row[i] * response;
            var wi = weight * row[i];
            for (var j = i; j < row.Length; j++)
            {
                information[i, j] += wi * row[j];
            }
        }
    }

    /// <summary>binomial()$dev.resids for one 0/1 observation.</summary>
    private static double UnitDeviance(double y, double mu) => y > 0 ? -2 * Math.Log(mu) : -2 * Math.Log(1 - mu);

    /// <summary>R's logit link inverse (C_logit_linkinv), clamped where exp would over- or underflow.</summary>
    private static double LinkInverse(double eta)
    {
        var temp = eta < -Threshold ? MachineEpsilon : eta > Threshold ? 1 / MachineEpsilon : Math.Exp(eta);
        return temp / (1 + temp);
    }

    /// <summary>R's C_logit_mu_eta.</summary>
    private static double MuEta(double eta)
    {
        var opexp = 1 + Math.Exp(eta);
        return eta > Threshold || eta < -Threshold ? MachineEpsilon : Math.Exp(eta) / (opexp * opexp);
    }

    /// <summary>
    /// The distinct rows of the model: an observation's contribution to the likelihood, score and information depends
    /// only on its design row and outcome, so rows alike in both can be summed once and multiplied by their number. The
    /// estimates, standard errors and deviance are exactly those of the rows as given (R's glm with weights = counts on
    /// aggregated data gives the same); with categorical covariates a million rows collapse to a few dozen, which makes
    /// each IRLS iteration cost nothing instead of a pass over every row.
    /// </summary>
    /// <param name="X">Distinct rows with the intercept first, row-major (Length rows of Columns values).</param>
    /// <param name="Y">Outcome (0 or 1) of each distinct row.</param>
    /// <param name="Count">How many observations each distinct row stands for.</param>
    /// <param name="RowOf">The distinct row of each observation, in input order.</param>
    /// <param name="Columns">Values per row.</param>
    private sealed record UniqueRows(double[] X, double[] Y, double[] Count, int[] RowOf, int Columns)
    {
        public int Length => Y.Length;

        public static UniqueRows Collapse(bool[] outcome, DesignMatrix design)
        {
            var n = outcome.Length;
            var width = design.Columns;
            var p = width + 1;
            var values = design.Values;
            var rowOf = new int[n];
            var first = new List<int>(); // an observation holding each distinct row
            var counts = new List<double>();
            var index = new Dictionary<int, int>(new RowComparer(outcome, values, width));
            for (var i = 0; i < n; i++)
            {
                if (!index.TryGetValue(i, out var r))
                {
                    r = first.Count;
                    index.Add(i, r);
                    first.Add(i);
                    counts.Add(0);
                }

                rowOf[i] = r;
                counts[r]++;
            }

            var x = new double[first.Count * p];
            var y = new double[first.Count];
            for (var r = 0; r < first.Count; r++)
            {
                x[r * p] = 1;
                values.AsSpan(first[r] * width, width).CopyTo(x.AsSpan((r * p) + 1, width));
                y[r] = outcome[first[r]] ? 1 : 0;
            }

            return new UniqueRows(x, y, [.. counts], rowOf, p);
        }

        /// <summary>Observations compare equal when their outcome and the bits of every design value are equal.</summary>
        private sealed class RowComparer(bool[] outcome, double[] values, int width) : IEqualityComparer<int>
        {
            public bool Equals(int a, int b) =>
                outcome[a] == outcome[b]
                && MemoryMarshal.Cast<double, long>(values.AsSpan(a * width, width)).SequenceEqual(MemoryMarshal.Cast<double, long>(values.AsSpan(b * width, width)));

            public int GetHashCode(int i)
            {
                var hash = new HashCode();
                hash.Add(outcome[i]);
                hash.AddBytes(MemoryMarshal.AsBytes(values.AsSpan(i * width, width)));
                return hash.ToHashCode();
            }
        }
    }

    /// <summary>The binomial log likelihood (minus half the deviance) with IRLS's score and information, summed over distinct rows times their counts.</summary>
    private sealed class BinomialLikelihood(UniqueRows rows) : ILogLikelihood
    {
        public int Dimension => rows.Columns;

        public double Evaluate(ReadOnlySpan<double> beta, double[] gradient, double[,] information)
        {
            Array.Clear(gradient);
            Array.Clear(information);
            var p = rows.Columns;
            var deviance = 0.0;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = rows.X.AsSpan(r * p, p);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += row[j] * beta[j];
                }

                var mu = LinkInverse(eta);
                var count = rows.Count[r];
                deviance += count * UnitDeviance(rows.Y[r], mu);
                var muEta = MuEta(eta);
                var variance = mu * (1 - mu);
                Accumulate(row, count * muEta * muEta / variance, count * (rows.Y[r] - mu) * muEta / variance, information, gradient);
            }

            return -deviance / 2;
        }

        /// <summary>Fitted probability of each distinct row.</summary>
        public double[] Probabilities(double[] beta)
        {
            var p = rows.Columns;
            var result = new double[rows.Length];
            for (var r = 0; r < rows.Length; r++)
            {
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += rows.X[(r * p) + j] * beta[j];
                }

                result[r] = LinkInverse(eta);
            }

            return result;
        }
    }
}
