using Offramp.Core.Justice;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Each participant's possible times zero from the justice timeline: the latest release and licence start (a recall
/// starts time at risk again), the earliest agreement and return (what brought them to the program).
/// </summary>
internal sealed class TimeZeros
{
    public TimeZeros(int count)
    {
        (Release, LicenceStart, Agreement, Return) = (new int[count], new int[count], new int[count], new int[count]);
        Array.Fill(Release, EvaluationDataset.NoDate);
        Array.Fill(LicenceStart, EvaluationDataset.NoDate);
        Array.Fill(Agreement, EvaluationDataset.NoDate);
        Array.Fill(Return, EvaluationDataset.NoDate);
    }

    public int[] Release { get; }

    public int[] LicenceStart { get; }

    public int[] Agreement { get; }

    public int[] Return { get; }

    public void Read(ParticipantSlots slots, KeyedRows rows)
    {
        var participants = rows.Participants;
        var days = rows.Days;
        var codes = rows.Codes;
        foreach (var (k, i) in slots.Join(participants))
        {
            var day = days[k];
            switch ((JusticeEventKind)codes[k])
            {
                case JusticeEventKind.ActualRelease:
                    Release[i] = Math.Max(Release[i], day);
                    break;
                case JusticeEventKind.LicenceStart:
                    LicenceStart[i] = Math.Max(LicenceStart[i], day);
                    break;
                case JusticeEventKind.AlternativeToProsecutionAgreement:
                    Agreement[i] = Earliest(Agreement[i], day);
                    break;
                case JusticeEventKind.ReturnFromConflictZone:
                    Return[i] = Earliest(Return[i], day);
                    break;
            }
        }
    }

    private static int Earliest(int known, int day) => known == EvaluationDataset.NoDate ? day : Math.Min(known, day);
}
