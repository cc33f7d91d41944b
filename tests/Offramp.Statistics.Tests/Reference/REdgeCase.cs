namespace Offramp.Statistics.Tests.Reference;

/// <summary>
/// What R does with data a model cannot be fitted on: runs one R call on a CSV (read into <c>d</c>, with survival
/// and cmprsk loaded) and reports its error, its warnings, and its coefficients when it returned some, so an edge-case
/// test can show that Offramp refuses exactly where R errs, warns or answers NA.
/// </summary>
public sealed record REdgeCase(string? Error, IReadOnlyList<string> Warnings, IReadOnlyList<double?> Coefficients)
{
    private const string Script = """
        suppressMessages(library(survival)); suppressMessages(library(cmprsk))
        args <- commandArgs(trailingOnly = TRUE)
        d <- read.csv(args[1], stringsAsFactors = FALSE)
        warnings <- character(0)
        result <- tryCatch(withCallingHandlers(eval(parse(text = args[2])),
            warning = function(w) { warnings <<- c(warnings, conditionMessage(w)); invokeRestart("muffleWarning") }),
          error = function(e) structure(conditionMessage(e), class = "failed"))
        clean <- function(x) gsub("[\"\\\\\n]", " ", x)
        if (inherits(result, "failed")) cat("ERROR\t", clean(result), "\n", sep = "")
        for (w in warnings) cat("WARNING\t", clean(w), "\n", sep = "")
        if (!inherits(result, "failed") && !is.null(coef(result))) cat("COEF\t", paste(ifelse(is.na(coef(result)), "NA", sprintf("%.17g", coef(result))), collapse = "\t"), "\n", sep = "")
        """;

    /// <summary>Runs <paramref name="call"/> (R code using <c>d</c>) on <paramref name="csv"/>.</summary>
    public static REdgeCase Run(string csv, string call)
    {
        string? error = null;
        var warnings = new List<string>();
        var coefficients = new List<double?>();
        foreach (var line in ExternalTool.RunR(Script, csv, call).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "ERROR": error = fields[1]; break;
                case "WARNING": warnings.Add(fields[1]); break;
                case "COEF": coefficients.AddRange(fields.Skip(1).Select(f => f == "NA" ? (double?)null : double.Parse(f, System.Globalization.CultureInfo.InvariantCulture))); break;
                default: break;
            }
        }

        return new REdgeCase(error, warnings, coefficients);
    }
}
