using System.Text.Json;

using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Change;

/// <summary>Runs SciPy 1.10's ttest_rel and wilcoxon (and the textbook d_z and RCI in NumPy) on paired scores.</summary>
public static class ChangeReference
{
    private const string Script = """
        import json, math, sys, warnings
        import numpy as np
        from scipy import stats

        warnings.simplefilter("ignore")

        def clean(x):
            x = float(x)
            return None if math.isnan(x) else x

        def analyse(case, reliability):
            before = np.array(case["before"], dtype=np.float64)
            after = np.array(case["after"], dtype=np.float64)
            t = stats.ttest_rel(after, before)
            ci = t.confidence_interval(0.95)
            auto = stats.wilcoxon(after, before)
            approx = stats.wilcoxon(after, before, method="approx")
            d = after - before
            out = {"t": clean(t.statistic), "t_p": clean(t.pvalue), "t_df": clean(t.df), "se": clean(t._standard_error),
                   "mean": clean(t._estimate), "ci": [clean(ci.low), clean(ci.high)],
                   "w": clean(auto.statistic), "w_p": clean(auto.pvalue),
                   "w_approx": clean(approx.statistic), "w_approx_p": clean(approx.pvalue), "w_approx_z": clean(approx.zstatistic),
                   "dz": clean(d.mean() / d.std(ddof=1))}
            if not (d == 0).any():
                exact = stats.wilcoxon(after, before, method="exact")
                out["w_exact"] = clean(exact.statistic)
                out["w_exact_p"] = clean(exact.pvalue)
            sd = before.std(ddof=1)
            sem = sd * math.sqrt(1 - reliability)
            sdiff = math.sqrt(2 * sem ** 2)
            out["rci_sd"] = clean(sd)
            out["rci_sdiff"] = clean(sdiff)
            out["rci"] = [clean(v) for v in d / sdiff]
            return out

        data = json.load(open(sys.argv[1]))
        print(json.dumps([analyse(case, data["reliability"]) for case in data["cases"]]))
        """;

    // SciPy 1.10's t.ppf (cephes stdtri) is accurate to only about 1e-10, which the subtraction in a
    // confidence bound can magnify past 1e-9; R's qt is accurate to double precision, so the interval is
    // checked against R's t.test.
    private const string IntervalScript = """
        library(jsonlite)
        cases <- fromJSON(commandArgs(trailingOnly = TRUE)[1], simplifyVector = FALSE)$cases
        ci <- sapply(cases, function(case) {
          t <- t.test(unlist(case$after), unlist(case$before), paired = TRUE)
          sprintf("[%.17g,%.17g]", t$conf.int[1], t$conf.int[2])
        })
        cat(paste0("[", paste(ci, collapse = ","), "]"))
        """;

    public static JsonElement RunIntervalsInR(IReadOnlyList<PairedScores> cases)
    {
        using var folder = new TempFolder();
        var input = folder.File("paired.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new { cases = cases.Select(c => new { before = c.Before, after = c.After }) }));
        return ExternalTool.RunRJson(IntervalScript, input);
    }

    public static JsonElement Run(IReadOnlyList<PairedScores> cases, double reliability)
    {
        using var folder = new TempFolder();
        var input = folder.File("paired.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new
        {
            reliability,
            cases = cases.Select(c => new { before = c.Before, after = c.After }),
        }));
        return ExternalTool.RunPythonJson(Script, input);
    }
}
