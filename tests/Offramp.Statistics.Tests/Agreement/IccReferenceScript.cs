namespace Offramp.Statistics.Tests.Agreement;

/// <summary>
/// The R reference for the ICCs: psych::ICC on its ANOVA path (lmer = FALSE), which is exact arithmetic;
/// the default REML path agrees only to the optimizer's tolerance. R reads each design's CSV itself, treats
/// blank and "could not rate" as missing and keeps complete subjects, then prints all six rows
/// (ICC, F, df1, df2, p, lower and upper bound) with 17 significant digits. It needs nothing beyond
/// r-base-core and r-cran-psych, so the spec is a tab-separated file rather than JSON.
/// </summary>
public static class IccReferenceScript
{
    public const string Source = """
        suppressPackageStartupMessages(library(psych))
        # One design per line of the spec: name, csv, subject, rater, rating, unknown values joined by '|'.
        designs <- read.delim(commandArgs(trailingOnly = TRUE)[1], header = FALSE, colClasses = "character",
                              quote = "", col.names = c("name", "csv", "subject", "rater", "rating", "unknown"))
        num <- function(v) paste0("[", paste(sprintf("%.17g", v), collapse = ","), "]")
        out <- character(0)
        for (i in seq_len(nrow(designs))) {
          d <- designs[i, ]
          x <- read.csv(d$csv, colClasses = "character", check.names = FALSE, strip.white = TRUE)
          v <- trimws(x[[d$rating]])
          v[v == "" | tolower(v) %in% tolower(trimws(strsplit(d$unknown, "|", fixed = TRUE)[[1]]))] <- NA
          subject <- trimws(x[[d$subject]])
          rater <- trimws(x[[d$rater]])
          subjects <- unique(subject)
          raters <- unique(rater)
          m <- matrix(NA_real_, length(subjects), length(raters))
          m[cbind(match(subject, subjects), match(rater, raters))] <- as.numeric(v)
          m <- m[complete.cases(m), , drop = FALSE]
          r <- ICC(m, lmer = FALSE)$results
          out <- c(out, sprintf(
            '{"name":"%s","n":%d,"k":%d,"icc":%s,"f":%s,"df1":%s,"df2":%s,"p":%s,"lower":%s,"upper":%s}',
            d$name, nrow(m), ncol(m), num(r$ICC), num(r$F), num(r$df1), num(r$df2), num(r$p),
            num(r[["lower bound"]]), num(r[["upper bound"]])))
        }
        cat("[", paste(out, collapse = ","), "]\n")
        """;
}
