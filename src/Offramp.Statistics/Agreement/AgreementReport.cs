using System.Text.Json.Serialization;

using Offramp.Statistics.Common;

namespace Offramp.Statistics.Agreement;

/// <summary>Every agreement statistic that fits a set of ratings, with what was left out and why.</summary>
public sealed record AgreementReport
{
    /// <summary>Subjects named in the ratings, complete or not.</summary>
    public required int SubjectCount { get; init; }

    public required IReadOnlyList<string> Raters { get; init; }

    public int RaterCount => Raters.Count;

    public required RatingScale Scale { get; init; }

    /// <summary>The confidence level of every interval in the report.</summary>
    public required double ConfidenceLevel { get; init; }

    public required RatingCompleteness Completeness { get; init; }

    public required PercentAgreementResult PercentAgreement { get; init; }

    /// <summary>Cohen's kappa for exactly two raters: unweighted, then linear and quadratic when the scale is ordered.</summary>
    public required IReadOnlyList<KappaResult> CohenKappa { get; init; }

    /// <summary>Fleiss' kappa for three or more raters; otherwise null.</summary>
    public required FleissKappaResult? FleissKappa { get; init; }

    /// <summary>The six ICCs when ratings are numeric and at least two subjects are complete; otherwise null.</summary>
    public required IccResult? Icc { get; init; }

    /// <summary>Why a statistic was not given, in English.</summary>
    public IReadOnlyList<string> Notes => [.. NoteTexts.Select(n => n.ToString())];

    /// <summary>Cautions about exclusions and small numbers, written for practitioners, in English.</summary>
    public IReadOnlyList<string> Warnings => [.. WarningTexts.Select(w => w.ToString())];

    /// <summary>The notes as templates and values, so an application words them in its reader's language.</summary>
    [JsonIgnore]
    public required IReadOnlyList<WarningText> NoteTexts { get; init; }

    /// <summary>The warnings as templates and values, so an application words them in its reader's language.</summary>
    [JsonIgnore]
    public required IReadOnlyList<WarningText> WarningTexts { get; init; }
}
