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
    public static LogisticResult Fit(bool[] outcome, IReadOnlyList<Covariate> covariates, string outcomeName = "the outcome")
    {
        var design = DesignMatrix.Create(covariates);
        var n = outcome.Length;
        if (design.Rows != n)
        {
            throw new ArgumentException("The outcome and the covariates need one entry per observation.", nameof(outcome));
        }

        var ones = outcome.Count(y => y);
        if (ones == 0 || ones == n)
        {
            throw new ModelNotEstimableException($"Everyone has the same {outcomeName} ({(ones == 0 ? 0 : 1)}): there is nothing for a logistic regression to predict.");
        }

        var p = design.Columns + 1;
        var x = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            x[i * p] = 1;
            design.Values.AsSpan(i * design.Columns, design.Columns).CopyTo(x.AsSpan((i * p) + 1, design.Columns));
        }

        var names = design.Names.Prepend("(Intercept)").ToArray();
        var y = Array.ConvertAll(outcome, v => v ? 1.0 : 0.0);
        var likelihood = new BinomialLikelihood(x, y, p);

        // R's start: mu = (y + 0.5) / 2, one weighted least-squares step from its logit.
        var muStart = Array.ConvertAll(y, v => (v + 0.5) / 2);
        var devianceStart = 0.0;
        var information0 = new double[p, p];
        var rhs = new double[p];
        for (var i = 0; i < n; i++)
        {
            var mu = muStart[i];
            devianceStart += UnitDeviance(y[i], mu);
            var eta = Math.Log(mu / (1 - mu));
            var muEta = MuEta(eta);
            var weight = muEta * muEta / (mu * (1 - mu));
            var z = eta + ((y[i] - mu) / muEta);
            Accumulate(x.AsSpan(i * p, p), weight, weight * z, information0, rhs);
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
        var fitted = likelihood.Probabilities(fit.Estimate);
        var separated = fitted.Count(mu => mu > 1 - (10 * MachineEpsilon) || mu < 10 * MachineEpsilon);
        if (separated > 0)
        {
            throw new ModelNotEstimableException(
                $"The covariates separate {outcomeName} perfectly: {separated} participants get a fitted probability of 0 or 1 (R warns 'fitted probabilities numerically 0 or 1'). " +
                "Their estimates cannot be trusted; drop or merge the covariate that predicts the outcome perfectly.");
        }

        if (!fit.Converged)
        {
            throw new ModelNotEstimableException(
                $"The covariates separate {outcomeName} (almost) perfectly: the logistic regression did not converge in {MaxIterations} iterations because a coefficient keeps growing. " +
                "Drop or merge the covariate (or category) that predicts the outcome perfectly.");
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
        var nullDeviance = 0.0;
        foreach (var value in y)
        {
            nullDeviance += UnitDeviance(value, mean);
        }

        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "the propensity model is unreliable"))
            .Add(SmallNumberWarning.ForEvents(Math.Min(ones, n - ones), $"in the smaller {outcomeName} group", "the model cannot adjust for much"))
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
            $"Covariate column {string.Join(", ", redundant)} is constant or a combination of the other covariates, so its effect cannot be separated from theirs. Drop it or merge categories.");
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

    /// <summary>The binomial log likelihood (minus half the deviance) with IRLS's score and information.</summary>
    private sealed class BinomialLikelihood(double[] x, double[] y, int p) : ILogLikelihood
    {
        public int Dimension => p;

        public double Evaluate(ReadOnlySpan<double> beta, double[] gradient, double[,] information)
        {
            Array.Clear(gradient);
            Array.Clear(information);
            var deviance = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                var row = x.AsSpan(i * p, p);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += row[j] * beta[j];
                }

                var mu = LinkInverse(eta);
                deviance += UnitDeviance(y[i], mu);
                var muEta = MuEta(eta);
                var variance = mu * (1 - mu);
                Accumulate(row, muEta * muEta / variance, (y[i] - mu) * muEta / variance, information, gradient);
            }

            return -deviance / 2;
        }

        public double[] Probabilities(double[] beta)
        {
            var result = new double[y.Length];
            for (var i = 0; i < y.Length; i++)
            {
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += x[(i * p) + j] * beta[j];
                }

                result[i] = LinkInverse(eta);
            }

            return result;
        }
    }
}
