using System.Text.Json;

using Offramp.Statistics.Contingency;
using Offramp.Statistics.Tests.Reference;

namespace Offramp.Statistics.Tests.Contingency;

/// <summary>Runs SciPy 1.10 and statsmodels on a list of tables and stratified table sets, returning JSON.</summary>
public static class ContingencyReference
{
    private const string Script = """
        import json, math, sys, warnings
        import numpy as np
        from scipy import stats
        from scipy.stats.contingency import association
        from statsmodels.stats.contingency_tables import StratifiedTable, Table2x2
        from statsmodels.stats.proportion import proportion_confint, confint_proportions_2indep

        warnings.simplefilter("ignore")

        def clean(x):
            if isinstance(x, (list, tuple, np.ndarray)):
                return [clean(v) for v in x]
            x = float(x)
            if math.isnan(x):
                return None
            if math.isinf(x):
                return "Inf" if x > 0 else "-Inf"
            return x

        def safe(f):
            try:
                return f()
            except (ValueError, ZeroDivisionError):
                return None

        def analyse(t):
            t = np.array(t, dtype=np.int64)
            out = {}
            for corr in (False, True):
                r = safe(lambda: stats.chi2_contingency(t, correction=corr))
                key = "yates" if corr else "pearson"
                out[key] = None if r is None else {"stat": clean(r[0]), "p": clean(r[1]), "dof": int(r[2]), "expected": clean(r[3].ravel())}
            out["cramer"] = safe(lambda: clean(association(t, method="cramer")))
            out["wilson"] = [[clean(proportion_confint(int(t[i, j]), int(t[i].sum()), alpha=0.05, method="wilson")) for j in range(t.shape[1])] if t[i].sum() > 0 else [] for i in range(t.shape[0])]
            if t.shape == (2, 2):
                f = stats.fisher_exact(t)
                out["fisher"] = {"or": clean(f[0]), "p": clean(f[1])}
                if (t > 0).all():
                    tt = Table2x2(t)
                    out["woolf"] = {"or": clean(tt.oddsratio), "se": clean(tt.log_oddsratio_se), "ci": clean(tt.oddsratio_confint())}
                else:
                    out["woolf"] = None
                a, b, c, d = (int(v) for v in t.ravel())
                if a + b > 0 and c + d > 0:
                    low, upp = confint_proportions_2indep(a, a + b, c, c + d, method="wald", compare="diff")
                    out["rd"] = {"diff": clean(a / (a + b) - c / (c + d)), "ci": clean([low, upp])}
                else:
                    out["rd"] = None
            return out

        def stratified(tables):
            st = StratifiedTable([np.array(t, dtype=np.float64) for t in tables])
            r0 = st.test_null_odds(correction=False)
            r1 = st.test_null_odds(correction=True)
            h = st.test_equal_odds()
            return {"or": clean(st.oddsratio_pooled), "se": clean(st.logodds_pooled_se), "ci": clean(st.oddsratio_pooled_confint()),
                    "chisq": clean(r0.statistic), "p": clean(r0.pvalue), "chisq_cc": clean(r1.statistic), "p_cc": clean(r1.pvalue),
                    "bd": clean(h.statistic), "bd_p": clean(h.pvalue),
                    "p_sf": clean(stats.chi2.sf(r0.statistic, 1)), "p_cc_sf": clean(stats.chi2.sf(r1.statistic, 1)),
                    "bd_p_sf": clean(stats.chi2.sf(h.statistic, len(tables) - 1))}

        data = json.load(open(sys.argv[1]))
        print(json.dumps({"tables": [analyse(t) for t in data["tables"]], "stratified": [stratified(s) for s in data["stratified"]]}))
        """;

    public static JsonElement Run(IReadOnlyList<ContingencyTable> tables, IReadOnlyList<IReadOnlyList<ContingencyTable>> stratifiedSets)
    {
        using var folder = new TempFolder();
        var input = folder.File("tables.json");
        File.WriteAllText(input, JsonSerializer.Serialize(new
        {
            tables = tables.Select(Counts),
            stratified = stratifiedSets.Select(set => set.Select(Counts)),
        }));
        return ExternalTool.RunPythonJson(Script, input);
    }

    private static long[][] Counts(ContingencyTable table) => [.. table.Counts.Select(row => row.ToArray())];
}
