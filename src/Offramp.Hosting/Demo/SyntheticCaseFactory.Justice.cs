using Offramp.Core.Justice;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo;

/// <summary>The justice timeline of one synthetic participant; the stage path is then fitted to it.</summary>
internal sealed partial class SyntheticCaseFactory
{
    /// <summary>
    /// Adds the justice events that fit the program kind and returns the release from custody (past or expected) for
    /// custodial programs. Referral always falls inside custody, at least eight months before release, so assessment
    /// and intervention happen inside.
    /// </summary>
    private DateOnly? AddJustice(SyntheticCase c, OfframpProgram program, DateOnly referredOn, Guid by)
    {
        void Add(JusticeEventKind kind, DateOnly on, int? months = null) =>
            c.Justice.Add(new JusticeEvent { ParticipantId = c.Participant.Id, Kind = kind, OccurredOn = on, SentenceMonths = months, RecordedByUserId = by });

        switch (program.Kind)
        {
            case ProgramKind.Prison:
                {
                    var arrest = referredOn.AddDays(-random.Next(60, 500));
                    var custody = arrest.AddDays(2);
                    var months = random.Next(24, 120);
                    while (custody.AddMonths(months * 2 / 3) < referredOn.AddDays(240))
                    {
                        months += 12;
                    }

                    var release = custody.AddMonths(months * 2 / 3);
                    Add(JusticeEventKind.Arrest, arrest);
                    Add(JusticeEventKind.CustodyStart, custody);
                    Add(JusticeEventKind.Charge, arrest.AddDays(3));
                    Add(JusticeEventKind.Sentence, arrest.AddDays(random.Next(40, 58)), months);
                    Add(release <= today ? JusticeEventKind.ActualRelease : JusticeEventKind.ExpectedRelease, release);
                    if (release <= today)
                    {
                        Add(JusticeEventKind.LicenceStart, release);
                        Add(JusticeEventKind.LicenceEnd, custody.AddMonths(months));
                    }

                    return release;
                }

            case ProgramKind.DetentionOrCamp:
                {
                    // Held without a sentence (detention, or a rehabilitation centre after surrender) for one to three years.
                    var custody = referredOn.AddDays(-random.Next(14, 120));
                    var release = custody.AddMonths(random.Next(12, 37));
                    Add(JusticeEventKind.Arrest, custody.AddDays(-1));
                    Add(JusticeEventKind.CustodyStart, custody);
                    Add(release <= today ? JusticeEventKind.ActualRelease : JusticeEventKind.ExpectedRelease, release);
                    return release;
                }

            case ProgramKind.Probation:
                Add(JusticeEventKind.Sentence, referredOn.AddDays(-random.Next(30, 200)), random.Next(12, 48));
                Add(JusticeEventKind.LicenceStart, referredOn.AddDays(-random.Next(1, 29)));
                Add(JusticeEventKind.LicenceEnd, referredOn.AddMonths(random.Next(12, 36)));
                return null;
            case ProgramKind.AlternativeToProsecution:
                Add(JusticeEventKind.Arrest, referredOn.AddDays(-random.Next(20, 90)));
                Add(JusticeEventKind.AlternativeToProsecutionAgreement, referredOn);
                return null;
            case ProgramKind.Returnee:
                Add(JusticeEventKind.ReturnFromConflictZone, referredOn.AddDays(-random.Next(1, 60)));
                return null;
            default:
                return null;
        }
    }
}
