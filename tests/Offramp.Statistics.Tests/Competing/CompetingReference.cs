using System.Globalization;
using System.Text.Json;

using Offramp.Statistics.Tests.Reference;
using Offramp.Statistics.Tests.Regression;

namespace Offramp.Statistics.Tests.Competing;

/// <summary>Runs R cmprsk's cuminc and timepoints on a CSV; returns each curve's jump points, the horizons and Gray's tests.</summary>
public static class CompetingReference
{
    private const string Script = CoxReference.JsonHelpers + "\n" + """
        suppressMessages(library(cmprsk))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        horizons <- as.numeric(strsplit(args[2], ",")[[1]])
        grouped <- args[3] != ""
        stratified <- args[4] != ""
        fit <- if (grouped && stratified) cuminc(d$time, d$status, d[[args[3]]], d[[args[4]]]) else
               if (grouped) cuminc(d$time, d$status, d[[args[3]]]) else cuminc(d$time, d$status)
        curves <- fit[names(fit) != "Tests"]
        tp <- timepoints(fit, horizons)
        out <- sapply(seq_along(curves), function(i) {
          k <- curves[[i]]
          jumps <- if (length(k$time) < 4) integer(0) else seq(3, length(k$time) - 1, by = 2)
          obj(list(name = str(names(curves)[i]), time = num(k$time[jumps]), est = num(k$est[jumps]), var = num(k$var[jumps]),
                   last = num(k$time[length(k$time)]), h_est = num(tp$est[i, ]), h_var = num(tp$var[i, ])))
        })
        tests <- if (is.null(fit$Tests)) "null" else obj(list(stat = num(fit$Tests[, "stat"]), pv = num(fit$Tests[, "pv"]), df = num(fit$Tests[, "df"])))
        cat(obj(list(curves = arr(out), tests = tests)))
        """;

    public static JsonElement Run(string csv, IEnumerable<double> horizons, string group = "group", string strata = "") =>
        ExternalTool.RunRJson(Script, csv, string.Join(",", horizons.Select(h => h.ToString("R", CultureInfo.InvariantCulture))), group, strata);
}
