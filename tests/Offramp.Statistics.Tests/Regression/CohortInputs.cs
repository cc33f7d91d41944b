using Offramp.Statistics.Regression;

namespace Offramp.Statistics.Tests.Regression;

/// <summary>Turns a generated cohort into library inputs, with categories in R's factor order.</summary>
public static class CohortInputs
{
    public static Covariate Covariate(CohortData data, string name) => name switch
    {
        "age" => Statistics.Regression.Covariate.Numeric("age", data.Age),
        "prior" => Statistics.Regression.Covariate.Numeric("prior", data.Prior),
        "gender" => Categorical("gender", data.Gender),
        "group" => Categorical("group", data.Group),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown covariate."),
    };

    public static (int[] Codes, string[] Labels) Codes(string[] values)
    {
        var labels = values.Distinct().Order(StringComparer.Ordinal).ToArray();
        return ([.. values.Select(v => Array.IndexOf(labels, v))], labels);
    }

    public static CoxModelInput Cox(CohortData data, string covariates, bool strata = false, bool cluster = false, double[]? weights = null)
    {
        var (strataCodes, strataLabels) = Codes(data.Stratum);
        return new CoxModelInput(
            data.Time,
            data.Events,
            [.. covariates.Split(',').Select(name => Covariate(data, name))],
            strata ? strataCodes : null,
            strata ? strataLabels.Length : 0,
            weights,
            cluster ? Codes(data.Family).Codes : null);
    }

    private static Covariate Categorical(string name, string[] values)
    {
        var (codes, labels) = Codes(values);
        return Statistics.Regression.Covariate.Categorical(name, codes, labels);
    }
}
