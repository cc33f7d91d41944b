namespace Offramp.Statistics.Regression;

/// <summary>
/// Score residuals of a Cox model (R survival's coxscore2), one row per sorted observation, on the centred and
/// scaled columns. R loops over every risk set for every event time, which is quadratic; here each tied-time
/// block's hazard increments are summed once and accumulated forward, which gives the same residuals in
/// linear time (Efron's fractional weights included).
/// </summary>
internal static class CoxScoreResiduals
{
    public static double[] Compute(CoxData data, ReadOnlySpan<double> beta, CoxTies ties)
    {
        var n = data.Count;
        var p = data.Columns;
        var x = data.X;
        var score = new double[n];
        for (var i = 0; i < n; i++)
        {
            score[i] = Math.Exp(data.LinearPredictor(i, beta));
        }

        // Per block of tied times (numbered from the end): increments for rows still at risk (hAll, mAll)
        // and, for the rows that die there, Efron's down-weighted versions (hDead, mDead) and mean (mBar).
        var blockOf = new int[n];
        var hAll = new List<double>();
        var hDead = new List<double>();
        var mAll = new List<double>();
        var mDead = new List<double>();
        var mBar = new List<double>();
        var a = new double[p];
        var a2 = new double[p];
        var denom = 0.0;
        var eventDenom = 0.0;
        var deaths = 0;
        var deadWeight = 0.0;
        var block = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            if (data.LastInStratum[i])
            {
                denom = 0;
                Array.Clear(a);
            }

            var risk = score[i] * data.Weights[i];
            denom += risk;
            var offset = data.Offset(i);
            if (data.Events[i])
            {
                deaths++;
                eventDenom += risk;
                deadWeight += data.Weights[i];
                for (var j = 0; j < p; j++)
                {
                    a2[j] += risk * x[offset + j];
                }
            }

            for (var j = 0; j < p; j++)
            {
                a[j] += risk * x[offset + j];
            }

            blockOf[i] = block;
            var blockEnds = i == 0 || data.LastInStratum[i - 1] || data.Times[i] != data.Times[i - 1];
            if (!blockEnds)
            {
                continue;
            }

            double all = 0, dead = 0;
            var sumAll = new double[p];
            var sumDead = new double[p];
            var meanOfMeans = new double[p];
            if (deaths > 0)
            {
                if (deaths < 2 || ties == CoxTies.Breslow)
                {
                    var hazard = deadWeight / denom;
                    all = hazard;
                    dead = hazard;
                    for (var j = 0; j < p; j++)
                    {
                        var mean = a[j] / denom;
                        sumAll[j] = mean * hazard;
                        sumDead[j] = mean * hazard;
                        meanOfMeans[j] = mean;
                    }
                }
                else
                {
                    var meanWeight = deadWeight / deaths;
                    for (var d = 0; d < deaths; d++)
                    {
                        var downWeight = d / (double)deaths;
                        var temp = denom - (downWeight * eventDenom);
                        var hazard = meanWeight / temp;
                        all += hazard;
                        dead += hazard * (1 - downWeight);
                        for (var j = 0; j < p; j++)
                        {
                            var mean = (a[j] - (downWeight * a2[j])) / temp;
                            sumAll[j] += mean * hazard;
                            sumDead[j] += mean * hazard * (1 - downWeight);
                            meanOfMeans[j] += mean / deaths;
                        }
                    }
                }
            }

            hAll.Add(all);
            hDead.Add(dead);
            mAll.AddRange(sumAll);
            mDead.AddRange(sumDead);
            mBar.AddRange(meanOfMeans);
            block++;
            deaths = 0;
            deadWeight = 0;
            eventDenom = 0;
            Array.Clear(a2);
        }

        // Forward in time within each stratum: cumulative increments up to the block before, plus the block itself.
        var residuals = new double[n * p];
        var cumulativeH = 0.0;
        var cumulativeM = new double[p];
        var currentBlock = -1;
        var previousH = 0.0;
        var previousM = new double[p];
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || data.LastInStratum[i - 1])
            {
                cumulativeH = 0;
                Array.Clear(cumulativeM);
                currentBlock = -1;
            }

            var b = blockOf[i];
            if (b != currentBlock)
            {
                previousH = cumulativeH;
                Array.Copy(cumulativeM, previousM, p);
                cumulativeH += hAll[b];
                for (var j = 0; j < p; j++)
                {
                    cumulativeM[j] += mAll[(b * p) + j];
                }

                currentBlock = b;
            }

            var offset = data.Offset(i);
            var at = i * p;
            if (data.Events[i])
            {
                var h = previousH + hDead[b];
                for (var j = 0; j < p; j++)
                {
                    var xj = x[offset + j];
                    residuals[at + j] = xj - mBar[(b * p) + j] - (score[i] * ((xj * h) - (previousM[j] + mDead[(b * p) + j])));
                }
            }
            else
            {
                for (var j = 0; j < p; j++)
                {
                    residuals[at + j] = -score[i] * ((x[offset + j] * cumulativeH) - cumulativeM[j]);
                }
            }
        }

        return residuals;
    }
}
