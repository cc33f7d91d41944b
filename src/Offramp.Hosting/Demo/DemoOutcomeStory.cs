using Offramp.Core.Outcomes;

namespace Offramp.Hosting.Demo;

/// <summary>
/// What happened to one released demo participant, drawn with rates in the range the literature reports: about one in
/// eight re-arrested (half of them reconvicted, a fifth of those for terrorism), a few re-engaged without conviction,
/// some lost to follow-up; most find work and housing. Every date lies after the release and not after today.
/// </summary>
internal sealed record DemoOutcomeStory(IReadOnlyList<DemoOutcome> Outcomes, DateOnly? LostOn)
{
    /// <param name="risk">How much likelier than usual re-arrest and re-engagement are (early leavers: about twice), and work less likely.</param>
    public static DemoOutcomeStory Draw(Random random, DateOnly released, DateOnly today, double risk = 1)
    {
        var outcomes = new List<DemoOutcome>();
        var atRisk = today.DayNumber - released.DayNumber;
        if (atRisk < 30)
        {
            return new DemoOutcomeStory(outcomes, null);
        }

        DateOnly After(int minDays, int maxDays) => released.AddDays(Math.Min(atRisk, random.Next(minDays, Math.Max(minDays + 1, maxDays))));
        if (random.NextDouble() < 0.12 * risk)
        {
            var arrested = After(30, Math.Min(atRisk, 1800));
            outcomes.Add(new(OutcomeType.ReArrest, arrested, InformationSource.Police, random.NextDouble() < 0.7 ? OutcomeConfidence.ConfirmedByRecord : OutcomeConfidence.Reported));
            var convicted = arrested.AddDays(random.Next(60, 300));
            if (random.NextDouble() < 0.5 && convicted <= today)
            {
                var draw = random.NextDouble();
                var type = draw < 0.2 ? OutcomeType.ReconvictionTerrorism : draw < 0.5 ? OutcomeType.ReconvictionOtherViolent : OutcomeType.ReconvictionOther;
                outcomes.Add(new(type, convicted, InformationSource.Court, OutcomeConfidence.ConfirmedByRecord));
            }
        }
        else if (random.NextDouble() < 0.03 * risk)
        {
            outcomes.Add(new(OutcomeType.ReEngagementWithoutConviction, After(60, atRisk), InformationSource.CommunityContact,
                random.NextDouble() < 0.5 ? OutcomeConfidence.Suspected : OutcomeConfidence.Reported));
        }
        else if (random.NextDouble() < 0.005)
        {
            outcomes.Add(new(OutcomeType.TravelToConflictZone, After(90, atRisk), InformationSource.Police, OutcomeConfidence.Reported));
        }

        DateOnly? lost = null;
        if (random.NextDouble() < 0.08)
        {
            lost = After(200, atRisk);
            outcomes.Add(new(OutcomeType.LostToFollowUp, lost.Value, InformationSource.ProgramStaff, OutcomeConfidence.ConfirmedByRecord));
        }
        else if (random.NextDouble() < 0.005)
        {
            outcomes.Add(new(OutcomeType.Death, After(100, atRisk), InformationSource.OfficialRecord, OutcomeConfidence.ConfirmedByRecord));
        }

        foreach (var (type, chance) in new[] { (OutcomeType.Employment, 0.55), (OutcomeType.Housing, 0.7), (OutcomeType.Education, 0.2), (OutcomeType.FamilyTies, 0.4), (OutcomeType.CommunityIntegration, 0.3) })
        {
            if (random.NextDouble() < chance / risk)
            {
                var on = After(20, Math.Min(atRisk, 700));
                if (lost is null || on < lost)
                {
                    outcomes.Add(new(type, on, random.NextDouble() < 0.6 ? InformationSource.Participant : InformationSource.ProbationService, OutcomeConfidence.Reported));
                }
            }
        }

        return new DemoOutcomeStory(outcomes, lost);
    }
}

internal sealed record DemoOutcome(OutcomeType Type, DateOnly On, InformationSource Source, OutcomeConfidence Confidence);
