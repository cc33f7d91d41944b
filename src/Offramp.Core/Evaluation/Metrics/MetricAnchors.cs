using Offramp.Core.Common;
using Offramp.Core.Organisations;

namespace Offramp.Core.Evaluation.Metrics;

/// <summary>Time zero by program kind, and time zero in words.</summary>
public static class MetricAnchors
{
    /// <summary>
    /// Where follow-up starts unless the metric says otherwise: release for custodial programs, the start of the
    /// licence or order for probation, the agreement for alternatives to prosecution, the return for returnees, and
    /// entry for community, prevention, amnesty and DDR programs (their participants were never in custody).
    /// </summary>
    public static MetricAnchor DefaultFor(ProgramKind kind) => kind switch
    {
        ProgramKind.Prison or ProgramKind.DetentionOrCamp => MetricAnchor.Release,
        ProgramKind.Probation => MetricAnchor.LicenceStart,
        ProgramKind.AlternativeToProsecution => MetricAnchor.AgreementDate,
        ProgramKind.Returnee => MetricAnchor.ReturnDate,
        _ => MetricAnchor.ProgramEntry,
    };

    /// <summary>"release from custody", as in "within 24 months of release from custody".</summary>
    public static Phrase Describe(MetricAnchor anchor) => anchor switch
    {
        MetricAnchor.Release => Phrase.Of("release from custody"),
        MetricAnchor.LicenceStart => Phrase.Of("the start of the licence or probation order"),
        MetricAnchor.AgreementDate => Phrase.Of("the alternative-to-prosecution agreement"),
        MetricAnchor.ReturnDate => Phrase.Of("return from the conflict zone"),
        _ => Phrase.Of("entry to the program"),
    };

    /// <summary>Why <paramref name="count"/> cohort members are not at risk yet.</summary>
    public static Phrase NotAtRisk(MetricAnchor anchor, int count) => anchor switch
    {
        MetricAnchor.Release => Phrase.Of($"{count} not yet released (no actual release on the justice timeline), so not at risk"),
        MetricAnchor.LicenceStart => Phrase.Of($"{count} without a licence or probation start on the justice timeline, so not at risk"),
        MetricAnchor.AgreementDate => Phrase.Of($"{count} without an alternative-to-prosecution agreement on the justice timeline, so not at risk"),
        MetricAnchor.ReturnDate => Phrase.Of($"{count} without a return from a conflict zone on the justice timeline, so not at risk"),
        _ => Phrase.Of($"{count} entered after the report date"),
    };
}
