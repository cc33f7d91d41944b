using System.Collections.Immutable;
using System.Globalization;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Regression;

/// <summary>
/// Cox proportional hazards regression matching R survival's coxph: Newton–Raphson from 0 with coxfit6's
/// convergence rule and step halving, Efron or Breslow ties, strata, case weights, the robust (sandwich)
/// variance with optional clusters, likelihood-ratio, Wald and score tests and Harrell's concordance.
/// Fits R would only warn about (no convergence, an infinite coefficient, a redundant column) are refused
/// with a <see cref="ModelNotEstimableException"/> that says why.
/// </summary>
public static class CoxRegression
{
    /// <summary>Below this many events per coefficient a Cox model overfits (Peduzzi et al. 1995).</summary>
    public const int MinimumEventsPerCoefficient = 10;

    public static CoxResult Fit(CoxModelInput input, CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        var n = input.Times.Length;
        Validate(input, n);
        var events = input.Events.Count(e => e);
        if (events == 0)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"None of the {n} participants has an event: a Cox model needs events to compare hazards. Report the follow-up instead."));
        }

        var data = CoxData.Create(input.Times, input.Events, input.Covariates, input.Strata, input.StrataCount, input.Weights);
        var p = data.Columns;
        var names = data.Names;
        var likelihood = new CoxPartialLikelihood(data, options.Ties);
        var tolerance = SymmetricCholesky.DefaultTolerance;

        // The start (beta = 0): its log likelihood, and the score test from its score and information.
        var start = new double[p];
        var u0 = new double[p];
        var information0 = new double[p, p];
        var loglik0 = likelihood.Evaluate(start, u0, information0);
        var rank0 = SymmetricCholesky.Factor(information0, tolerance);
        RefuseRedundant(information0, rank0, names);
        var step = (double[])u0.Clone();
        SymmetricCholesky.Solve(information0, step);
        var scoreTest = Dot(u0, step);

        var fit = NewtonRaphson.Maximize(
            likelihood,
            start,
            loglik0,
            information0,
            step,
            (best, value) => Math.Abs(1 - (best / value)) <= options.Epsilon,
            options.MaxIterations,
            halveWhenWorse: true,
            tolerance);
        RefuseRedundant(fit.InformationFactor, fit.Rank, names);
        var scaledVariance = SymmetricCholesky.Invert(fit.InformationFactor);
        var beta = new double[p];
        var u = new double[p];
        var variance = new double[p, p];
        for (var i = 0; i < p; i++)
        {
            beta[i] = fit.Estimate[i] * data.Scale[i];
            u[i] = fit.Gradient[i] / data.Scale[i];
            for (var j = 0; j < p; j++)
            {
                variance[i, j] = scaledVariance[i, j] * data.Scale[i] * data.Scale[j];
            }
        }

        // A coefficient running off to infinity is the usual reason for not converging; name it when it is.
        RefuseInfinite(beta, u, variance, names, options.Epsilon);
        if (!fit.Converged)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"The Cox model did not converge in {options.MaxIterations} iterations: usually a covariate almost perfectly predicts who has the event. Check covariates with very few events in one category and merge or drop them."));
        }

        var robust = options.Robust ?? (input.Clusters is not null || (input.Weights?.Any(w => w != Math.Floor(w)) ?? false));
        double[,]? robustVariance = null;
        ChiSquareTest? robustScore = null;
        if (robust)
        {
            var clusters = input.Clusters ?? Enumerable.Range(0, n).ToArray();
            robustVariance = RobustVariance(data, fit.Estimate, options.Ties, variance, clusters);
            robustScore = options.RobustScoreTest ? ChiSquareTest.Of(RobustScoreStatistic(data, options.Ties, clusters, tolerance), p) : null;
        }

        var used = robustVariance ?? variance;
        var wald = ChiSquareTest.Of(SymmetricCholesky.QuadraticFormOfInverse(used, beta, tolerance), p);
        var concordance = options.Concordance ? ComputeConcordance(input, data, fit.Estimate, robust) : null;

        var z = Probability.TwoSidedNormalCritical(options.ConfidenceLevel);
        var coefficients = ImmutableArray.CreateBuilder<CoxCoefficient>(p);
        for (var i = 0; i < p; i++)
        {
            var se = Math.Sqrt(variance[i, i]);
            var robustSe = robustVariance is null ? double.NaN : Math.Sqrt(robustVariance[i, i]);
            var inferenceSe = robustVariance is null ? se : robustSe;
            var statistic = beta[i] / inferenceSe;
            coefficients.Add(new CoxCoefficient(
                names[i],
                beta[i],
                Math.Exp(beta[i]),
                se,
                robustSe,
                statistic,
                2 * Probability.NormalUpperTail(Math.Abs(statistic)),
                Math.Exp(beta[i] - (z * inferenceSe)),
                Math.Exp(beta[i] + (z * inferenceSe))));
        }

        return new CoxResult(
            n,
            events,
            options.Ties,
            coefficients.MoveToImmutable(),
            Flatten(used),
            Flatten(variance),
            loglik0,
            fit.LogLikelihood,
            ChiSquareTest.Of(2 * (fit.LogLikelihood - loglik0), p),
            wald,
            ChiSquareTest.Of(scoreTest, p),
            robustScore,
            concordance,
            fit.Iterations,
            options.ConfidenceLevel,
            Warnings(n, events, p));
    }

    private static void Validate(CoxModelInput input, int n)
    {
        if (n == 0)
        {
            throw new ModelNotEstimableException(WarningText.Fixed("There are no observations to fit a Cox model to."));
        }

        if (input.Events.Length != n || input.Covariates.Any(c => c.Count != n)
            || (input.Strata?.Length ?? n) != n || (input.Weights?.Length ?? n) != n || (input.Clusters?.Length ?? n) != n)
        {
            throw new ArgumentException("Times, events, covariates, strata, weights and clusters need one entry per observation.", nameof(input));
        }

        foreach (var time in input.Times)
        {
            if (!double.IsFinite(time) || time < 0)
            {
                throw new ArgumentException($"Time {time} is not a finite, non-negative number.", nameof(input));
            }
        }

        if (input.Weights?.Any(w => !(w > 0) || !double.IsFinite(w)) == true)
        {
            throw new ModelNotEstimableException(WarningText.Fixed("Every weight must be a positive, finite number."));
        }
    }

    private static ImmutableArray<SmallNumberWarning> Warnings(int n, int events, int p)
    {
        var warnings = new WarningCollector()
            .Add(SmallNumberWarning.ForSampleSize(n, "participants", "the hazard ratios are unreliable"));
        var perCoefficient = events / (double)p;
        if (perCoefficient < MinimumEventsPerCoefficient)
        {
            var minimum = MinimumEventsPerCoefficient;
            warnings.Add(SmallNumberWarning.Of(
                SmallNumberKind.FewEvents,
                p == 1
                    ? WarningText.Of($"Only {events} events for {p} coefficient ({perCoefficient:0.#} per coefficient, fewer than {minimum}): the model is likely to overfit and its hazard ratios to be too far from 1; use fewer covariates.")
                    : WarningText.Of($"Only {events} events for {p} coefficients ({perCoefficient:0.#} per coefficient, fewer than {minimum}): the model is likely to overfit and its hazard ratios to be too far from 1; use fewer covariates.")));
        }

        return warnings.ToImmutable();
    }

    /// <summary>A zero pivot means the column is constant or a combination of the others (R returns NA for it).</summary>
    private static void RefuseRedundant(double[,] factor, int rank, string[] names)
    {
        if (rank == names.Length)
        {
            return;
        }

        var redundant = Enumerable.Range(0, names.Length).Where(i => factor[i, i] == 0).Select(i => $"'{names[i]}'").ToArray();
        throw new ModelNotEstimableException(
            WarningText.Of($"Covariate column {string.Join(", ", redundant)} is constant or a combination of the other covariates (among those with follow-up at event times), so its effect cannot be separated from theirs. Drop it or merge categories."));
    }

    /// <summary>
    /// R's test after convergence: a coefficient whose remaining Newton step is not negligible is running off
    /// to infinity (monotone likelihood), as when one category has no events or a covariate separates events perfectly.
    /// The step is measured against toler.inf × (1 + |β|), as R's agreg.fit does, not against toler.inf × |β| as
    /// coxph.fit does: near β = 0 the relative bound vanishes, and because convergence is a relative change of the log
    /// likelihood (which grows with n) a fit of a program with no effect can stop with a step of order β² left, which
    /// coxph.fit calls infinite although the estimate is fine (R warns; agreg.fit reports the same model normally).
    /// A truly infinite coefficient still fails it: each Newton step adds about as much again (on a cohort where one
    /// group has no events R leaves a step of 1.0 with β = -18.7), so the step left stays a sizeable share of β.
    /// </summary>
    private static void RefuseInfinite(double[] beta, double[] u, double[,] variance, string[] names, double epsilon)
    {
        var toleranceInfinite = Math.Sqrt(epsilon);
        var infinite = new List<string>();
        for (var j = 0; j < beta.Length; j++)
        {
            var step = 0.0;
            for (var i = 0; i < beta.Length; i++)
            {
                step += u[i] * variance[i, j];
            }

            if (!double.IsFinite(u[j]) || Math.Abs(step) > toleranceInfinite * (1 + Math.Abs(beta[j])))
            {
                infinite.Add($"'{names[j]}'");
            }
        }

        if (infinite.Count > 0)
        {
            throw new ModelNotEstimableException(
                WarningText.Of($"The hazard ratio for {string.Join(", ", infinite)} runs to 0 or infinity: the covariate separates those with events from those without (for example, a category in which nobody, or everybody, has the event). Such a hazard ratio cannot be estimated; merge or drop the category, or report the counts instead."));
        }
    }

    private static double[,] RobustVariance(CoxData data, double[] scaledBeta, CoxTies ties, double[,] variance, int[] clusters)
    {
        var p = data.Columns;
        var residuals = CoxScoreResiduals.Compute(data, scaledBeta, ties);
        var clusterCount = clusters.Max() + 1;
        var sums = new double[clusterCount * p];
        for (var i = 0; i < data.Count; i++)
        {
            var c = clusters[data.Order[i]];
            for (var k = 0; k < p; k++)
            {
                // dfbeta = (score residual on the original scale) x variance, times the case weight.
                var dfbeta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    dfbeta += residuals[(i * p) + j] / data.Scale[j] * variance[j, k];
                }

                sums[(c * p) + k] += data.Weights[i] * dfbeta;
            }
        }

        return CrossProduct(sums, clusterCount, p);
    }

    private static double RobustScoreStatistic(CoxData data, CoxTies ties, int[] clusters, double tolerance)
    {
        var p = data.Columns;
        var residuals = CoxScoreResiduals.Compute(data, new double[p], ties);
        var clusterCount = clusters.Max() + 1;
        var sums = new double[clusterCount * p];
        var total = new double[p];
        for (var i = 0; i < data.Count; i++)
        {
            var c = clusters[data.Order[i]];
            for (var j = 0; j < p; j++)
            {
                var value = data.Weights[i] * residuals[(i * p) + j] / data.Scale[j];
                sums[(c * p) + j] += value;
                total[j] += value;
            }
        }

        return SymmetricCholesky.QuadraticFormOfInverse(CrossProduct(sums, clusterCount, p), total, tolerance);
    }

    private static double[,] CrossProduct(double[] rows, int count, int p)
    {
        var result = new double[p, p];
        for (var r = 0; r < count; r++)
        {
            for (var i = 0; i < p; i++)
            {
                var value = rows[(r * p) + i];
                for (var j = 0; j < p; j++)
                {
                    result[i, j] += value * rows[(r * p) + j];
                }
            }
        }

        return result;
    }

    private static ConcordanceResult ComputeConcordance(CoxModelInput input, CoxData data, double[] scaledBeta, bool robust)
    {
        var risk = new double[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            risk[data.Order[i]] = data.LinearPredictor(i, scaledBeta);
        }

        return Concordance.Compute(
            TimesInInputOrder(data),
            input.Events,
            risk,
            input.Strata,
            input.StrataCount,
            input.Weights,
            robust ? input.Clusters : null);
    }

    private static double[] TimesInInputOrder(CoxData data)
    {
        var times = new double[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            times[data.Order[i]] = data.Times[i];
        }

        return times;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static ImmutableArray<double> Flatten(double[,] matrix) => [.. matrix.Cast<double>()];
}
