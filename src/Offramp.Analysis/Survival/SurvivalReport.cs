using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

using Offramp.Analysis.Languages;
using Offramp.Statistics.Survival;

namespace Offramp.Analysis.Survival;

/// <summary>One Kaplan–Meier curve with its median, quartiles and the survival at the requested horizons.</summary>
/// <param name="Curve">The full curve, one row per distinct time.</param>
/// <param name="Median">Median survival and CI as R's print.survfit.</param>
/// <param name="Quantiles">25%, 50% and 75% event quantiles as R's quantile.survfit.</param>
/// <param name="Horizons">Survival at the requested times, as R's summary(fit, times = ...).</param>
public sealed record SurvivalCurveReport(
    KaplanMeierCurve Curve,
    MedianSurvival Median,
    ImmutableArray<SurvivalQuantile> Quantiles,
    ImmutableArray<SurvivalAtTime> Horizons);

/// <summary>What <c>analyze survival</c> reports.</summary>
/// <param name="File">CSV file analysed.</param>
/// <param name="N">Participants analysed.</param>
/// <param name="RowsSkipped">Rows left out because a needed value was blank.</param>
/// <param name="Overall">The curve of all participants.</param>
/// <param name="Groups">One curve per group (empty without --group).</param>
/// <param name="LogRank">Log-rank test across groups (null without --group).</param>
/// <param name="StratifiedLogRank">Log-rank test within strata (null without --strata).</param>
/// <param name="Notes">Plain remarks about the request, e.g. horizons beyond follow-up.</param>
public sealed record SurvivalReport(
    string File,
    int N,
    int RowsSkipped,
    SurvivalCurveReport Overall,
    ImmutableArray<SurvivalCurveReport> Groups,
    LogRankResult? LogRank,
    LogRankResult? StratifiedLogRank,
    ImmutableArray<SurvivalNote> Notes);

/// <summary>A plain remark about the request, worded when it is shown: in the reader's language in the table, in English in the JSON.</summary>
[JsonConverter(typeof(SurvivalNoteJsonConverter))]
public sealed class SurvivalNote
{
    private readonly Remark remark;
    private readonly string first;
    private readonly string second;

    private SurvivalNote(Remark remark, string first, string second)
    {
        this.remark = remark;
        this.first = first;
        this.second = second;
    }

    private enum Remark
    {
        HorizonAfterFollowUp,
        OneGroup,
    }

    /// <summary>A --times horizon lies after the last follow-up.</summary>
    internal static SurvivalNote HorizonAfterFollowUp(string time, string lastFollowUp) => new(Remark.HorizonAfterFollowUp, time, lastFollowUp);

    /// <summary>The --group column holds a single group.</summary>
    internal static SurvivalNote OneGroup(string column, string group) => new(Remark.OneGroup, column, group);

    /// <summary>The remark in the words given: <see cref="AnalysisText.L"/> or <see cref="AnalysisText.English"/>.</summary>
    public string Say(AnalysisText.Words L) => remark switch
    {
        Remark.HorizonAfterFollowUp =>
            L["Time {0} is after the last follow-up ({1}): nothing can be said about survival there, so it is left out.", first, second],
        _ => L["Column {0} has only one group ({1}): there is nothing to compare, so no log-rank test.", first, second],
    };

    public override string ToString() => Say(AnalysisText.English);
}

/// <summary>A note is its English sentence in JSON, as it was when notes were plain strings.</summary>
internal sealed class SurvivalNoteJsonConverter : JsonConverter<SurvivalNote>
{
    public override SurvivalNote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Survival notes are written, never read.");

    public override void Write(Utf8JsonWriter writer, SurvivalNote value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
