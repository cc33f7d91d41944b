using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evaluation.Metrics;
using Offramp.Core.Organisations;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;

namespace Offramp.Hosting.Demo.Hub;

/// <summary>
/// An evaluation dataset for a <see cref="SyntheticProgram"/>, made in memory: entries spread over its years, releases
/// for custodial programs, completion, and outcomes whose timing depends on completion, so completers and early
/// leavers differ as programs report they do. The same seed gives the same data.
/// </summary>
public static class SyntheticEvaluationData
{
    private const double DaysPerMonth = 365.25 / 12;

    public static EvaluationDataset Generate(SyntheticProgram program, int seed, DateOnly asOf)
    {
        var random = new Random(seed);
        var n = program.Participants;
        var firstDay = new DateOnly(program.FirstYear, 1, 1).DayNumber;
        var lastDay = asOf.DayNumber - 1;
        var (genders, births, entries, completions) = (new Gender[n], new int[n], new int[n], new Completion[n]);
        var (releases, licences, agreements, returns) = (Dates(n), Dates(n), Dates(n), Dates(n));
        var (who, types, days) = (new List<int>(), new List<OutcomeType>(), new List<int>());
        void Outcome(int i, OutcomeType type, int day)
        {
            if (day <= asOf.DayNumber)
            {
                who.Add(i);
                types.Add(type);
                days.Add(day);
            }
        }

        for (var i = 0; i < n; i++)
        {
            entries[i] = firstDay + random.Next(lastDay - firstDay + 1);
            var entryYear = DateOnly.FromDayNumber(entries[i]).Year;
            genders[i] = random.NextDouble() < program.FemaleShare ? Gender.Female : Gender.Male;
            births[i] = entryYear - (program.Kind == ProgramKind.Returnee && random.NextDouble() < 0.15 ? 15 + random.Next(3) : 18 + random.Next(35));
            switch (program.Kind)
            {
                case ProgramKind.Prison or ProgramKind.DetentionOrCamp when entries[i] + 120 + random.Next(900) is var release && release <= asOf.DayNumber:
                    releases[i] = release;
                    break;
                case ProgramKind.Probation:
                    licences[i] = entries[i] - random.Next(60);
                    break;
                case ProgramKind.AlternativeToProsecution:
                    agreements[i] = entries[i];
                    break;
                case ProgramKind.Returnee:
                    returns[i] = entries[i] - random.Next(60);
                    break;
            }

            var daysIn = asOf.DayNumber - entries[i];
            // Some never start and some stay in longer programs for years: enough of each that their cells publish.
            var draw = random.NextDouble();
            completions[i] = draw < 0.06 ? Completion.NotStarted
                : daysIn < 365 ? (draw < 0.8 ? Completion.InProgram : Completion.LeftEarly)
                : draw < 0.16 ? Completion.InProgram
                : random.NextDouble() < program.CompletionRate ? Completion.Completed : Completion.LeftEarly;

            var anchor = MetricAnchors.DefaultFor(program.Kind) switch
            {
                MetricAnchor.Release => releases[i],
                MetricAnchor.LicenceStart => licences[i],
                MetricAnchor.AgreementDate => agreements[i],
                MetricAnchor.ReturnDate => returns[i],
                _ => entries[i],
            };
            if (anchor == EvaluationDataset.NoDate)
            {
                continue;
            }

            var leftEarly = completions[i] == Completion.LeftEarly;
            var hazard = program.MonthlyReoffending * (leftEarly ? program.EarlyLeaverRisk : 1);
            var arrest = anchor + (int)(-Math.Log(1 - random.NextDouble()) / hazard * DaysPerMonth);
            Outcome(i, OutcomeType.ReArrest, arrest);
            if (random.NextDouble() < 0.45)
            {
                Outcome(i, random.NextDouble() < 0.3 ? OutcomeType.ReconvictionOtherViolent : OutcomeType.ReconvictionOther, arrest + 60 + random.Next(240));
            }

            var violent = anchor + (int)(-Math.Log(1 - random.NextDouble()) / (hazard / 6) * DaysPerMonth);
            Outcome(i, random.NextDouble() < 0.3 ? OutcomeType.ReconvictionTerrorism : OutcomeType.ReconvictionOtherViolent, violent);
            if (random.NextDouble() < program.Employment * (leftEarly ? 0.5 : 1))
            {
                Outcome(i, OutcomeType.Employment, anchor + random.Next(365));
            }

            if (random.NextDouble() < 0.06)
            {
                Outcome(i, OutcomeType.LostToFollowUp, anchor + random.Next(1500));
            }
        }

        return new EvaluationDataset
        {
            AsOf = asOf,
            ExcludedWithoutConsent = 0,
            Ids = [.. Enumerable.Range(0, n).Select(i => new Guid(random.Next(), 0, 0, BitConverter.GetBytes((long)i)))],
            Genders = genders,
            YearOfBirth = births,
            Sources = new ReferralSource?[n],
            EntryDay = entries,
            ReleaseDay = releases,
            LicenceStartDay = licences,
            AgreementDay = agreements,
            ReturnDay = returns,
            Completions = completions,
            OutcomeParticipant = [.. who],
            OutcomeTypes = [.. types],
            OutcomeDay = [.. days],
        };
    }

    private static int[] Dates(int n)
    {
        var days = new int[n];
        Array.Fill(days, EvaluationDataset.NoDate);
        return days;
    }
}
