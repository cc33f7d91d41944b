namespace Offramp.Statistics.Common;

/// <summary>A log-likelihood (or any concave objective) with its gradient and information (minus the Hessian).</summary>
internal interface ILogLikelihood
{
    int Dimension { get; }

    /// <summary>Evaluates at <paramref name="beta"/>, filling <paramref name="gradient"/> and the upper triangle of <paramref name="information"/>.</summary>
    double Evaluate(ReadOnlySpan<double> beta, double[] gradient, double[,] information);
}

/// <summary>Where Newton–Raphson stopped.</summary>
/// <param name="Estimate">The maximiser (the last good iterate when it did not converge).</param>
/// <param name="LogLikelihood">The objective at <see cref="Estimate"/>.</param>
/// <param name="Gradient">The gradient at the last point evaluated.</param>
/// <param name="InformationFactor">Cholesky factor (see <see cref="SymmetricCholesky"/>) of the information at the last point evaluated.</param>
/// <param name="PreviousInformationFactor">Factor of the information used for the last step (IRLS reports this one, as R's glm does).</param>
/// <param name="Rank">Rank of the information at the last point.</param>
/// <param name="Iterations">Newton steps taken.</param>
/// <param name="Converged">Whether the convergence rule was met within the iteration limit.</param>
internal sealed record NewtonRaphsonResult(
    double[] Estimate,
    double LogLikelihood,
    double[] Gradient,
    double[,] InformationFactor,
    double[,] PreviousInformationFactor,
    int Rank,
    int Iterations,
    bool Converged);

/// <summary>
/// Newton–Raphson with step halving, in the form R survival's coxfit6 uses (and that R's glm IRLS reduces
/// to for a canonical link): evaluate at the candidate, stop when the convergence rule holds, halve the step
/// back towards the last good point when the objective is not finite (or, optionally, got worse), else
/// take a full Newton step. Sharing one loop keeps the models' convergence behaviour identical to R's.
/// </summary>
internal static class NewtonRaphson
{
    /// <param name="objective">What to maximise.</param>
    /// <param name="previous">The last good point (the start).</param>
    /// <param name="previousValue">The objective there.</param>
    /// <param name="previousInformationFactor">The factored information there.</param>
    /// <param name="candidate">The first point to evaluate (usually one Newton step from <paramref name="previous"/>).</param>
    /// <param name="converged">The stopping rule on (best value so far, new value).</param>
    /// <param name="maxIterations">Most evaluations (R: coxph 20, glm 25).</param>
    /// <param name="halveWhenWorse">Halve when the objective decreases (coxph) rather than only when it is not finite (glm).</param>
    /// <param name="tolerance">Cholesky tolerance for the information.</param>
    public static NewtonRaphsonResult Maximize(
        ILogLikelihood objective,
        double[] previous,
        double previousValue,
        double[,] previousInformationFactor,
        double[] candidate,
        Func<double, double, bool> converged,
        int maxIterations,
        bool halveWhenWorse,
        double tolerance)
    {
        var p = objective.Dimension;
        var beta = (double[])previous.Clone();
        var newBeta = (double[])candidate.Clone();
        var best = previousValue;
        var bestFactor = previousInformationFactor;
        var gradient = new double[p];
        var information = new double[p, p];
        var halving = 0;
        var rank = p;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            var value = objective.Evaluate(newBeta, gradient, information);
            rank = SymmetricCholesky.Factor(information, tolerance);
            var finite = double.IsFinite(value) && AllFinite(gradient) && AllFinite(information);
            if (finite && converged(best, value))
            {
                return new NewtonRaphsonResult(newBeta, value, gradient, information, bestFactor, rank, iteration, Converged: true);
            }

            if (!finite || (halveWhenWorse && value < best))
            {
                // Not improving: move back part of the way, more each time it keeps failing.
                halving++;
                for (var i = 0; i < p; i++)
                {
                    newBeta[i] = (newBeta[i] + (halving * beta[i])) / (halving + 1.0);
                }
            }
            else
            {
                halving = 0;
                best = value;
                bestFactor = (double[,])information.Clone();
                SymmetricCholesky.Solve(information, gradient);
                for (var i = 0; i < p; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += gradient[i];
                }
            }
        }

        // Out of iterations: report the last good point, re-evaluated so gradient and information belong to it.
        var lastValue = objective.Evaluate(beta, gradient, information);
        rank = SymmetricCholesky.Factor(information, tolerance);
        return new NewtonRaphsonResult(beta, lastValue, gradient, information, bestFactor, rank, maxIterations, Converged: false);
    }

    private static bool AllFinite(double[] values)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllFinite(double[,] values)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
