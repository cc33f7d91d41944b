namespace Offramp.Statistics.Tests.Agreement;

/// <summary>
/// The Python reference for the kappa figures. It reads each design's CSV on its own (it shares no code
/// with Offramp), keeps the subjects every rater rated on the scale, and reports:
/// Cohen's kappa from scikit-learn's cohen_kappa_score (weights None, 'linear', 'quadratic', with the full
/// level list as labels) and from statsmodels' cohens_kappa (which also gives std_kappa, std_kappa0,
/// z_value, pvalue_two_sided and the 95% limits); Fleiss' kappa from statsmodels' fleiss_kappa on
/// aggregate_raters counts. statsmodels gives no standard error for Fleiss' kappa and R's irr is not packaged
/// in Debian, so its null standard error is computed here from the published formula of Fleiss, Nee and
/// Landis (1979), the one irr::kappam.fleiss uses:
///   Var0 = 2 / (N m (m-1) (sum p_j q_j)^2) * ((sum p_j q_j)^2 - sum p_j q_j (q_j - p_j)).
/// </summary>
public static class KappaReferenceScript
{
    public const string Source = """
        import csv, json, sys
        import numpy as np
        from scipy.stats import norm
        from sklearn.metrics import cohen_kappa_score, confusion_matrix
        from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa, aggregate_raters

        def is_number(text):
            try:
                float(text)
                return True
            except ValueError:
                return False

        def analyse(design):
            unknown = {u.strip().lower() for u in design["unknown"]}
            cells, subjects, raters = {}, [], []
            blank = unk = 0
            with open(design["csv"], newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    s, r, v = row[design["subject"]].strip(), row[design["rater"]].strip(), row[design["rating"]].strip()
                    if s not in cells:
                        cells[s] = {}
                        subjects.append(s)
                    if r not in raters:
                        raters.append(r)
                    if v == "":
                        blank += 1
                        v = None
                    elif v.lower() in unknown:
                        unk += 1
                        v = None
                    cells[s][r] = v
            usable = {v for c in cells.values() for v in c.values() if v is not None}
            if design["levels"] is not None:
                levels = [l.lower() for l in design["levels"]]
                index = lambda v: levels.index(v.lower())
            elif all(is_number(v) for v in usable):
                levels = sorted({float(v) for v in usable})
                index = lambda v: levels.index(float(v))
            else:
                levels = sorted({v.lower() for v in usable})
                index = lambda v: levels.index(v.lower())
            complete = [s for s in subjects if all(cells[s].get(r) is not None for r in raters)]
            data = np.array([[index(cells[s][r]) for r in raters] for s in complete], dtype=int)
            k = len(levels)
            out = {
                "name": design["name"], "raters": len(raters), "subjects": len(subjects), "complete": len(complete),
                "blank": blank, "unknown": unk,
                "not_rated": len(subjects) * len(raters) - sum(len(c) for c in cells.values()),
                "levels": k,
                "percent": 100.0 * float(np.mean([len(set(row)) == 1 for row in data])),
            }
            if len(raters) == 2:
                y1, y2 = data[:, 0], data[:, 1]
                table = confusion_matrix(y1, y2, labels=list(range(k)))
                out["cohen"] = {}
                for w in (None, "linear", "quadratic"):
                    res = cohens_kappa(table, wt=w) if w else cohens_kappa(table)
                    out["cohen"][w or "unweighted"] = {
                        "sklearn": float(cohen_kappa_score(y1, y2, labels=list(range(k)), weights=w)),
                        "kappa": float(res.kappa), "std_kappa": float(res.std_kappa), "std_kappa0": float(res.std_kappa0),
                        "z_value": float(res.z_value), "pvalue_two_sided": float(res.pvalue_two_sided),
                        "kappa_low": float(res.kappa_low), "kappa_upp": float(res.kappa_upp),
                    }
            else:
                table, _ = aggregate_raters(data, n_cat=k)
                n, m = table.shape[0], len(raters)
                kappa = fleiss_kappa(table, method="fleiss")
                p = table.sum(0) / (n * m)
                q = 1 - p
                pq = (p * q).sum()
                se0 = np.sqrt(2.0 / (pq ** 2 * n * m * (m - 1)) * (pq ** 2 - (p * q * (q - p)).sum()))
                out["fleiss"] = {"kappa": float(kappa), "se0": float(se0), "z": float(kappa / se0),
                                 "p": float(2 * norm.sf(abs(kappa / se0)))}
            return out

        with open(sys.argv[1], encoding="utf-8") as f:
            designs = json.load(f)
        print(json.dumps([analyse(d) for d in designs]))
        """;
}
