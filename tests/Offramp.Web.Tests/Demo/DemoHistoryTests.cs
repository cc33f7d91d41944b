using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.FollowUp;
using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Stages;
using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Demo;

/// <summary>
/// Walks every demo participant and checks that the history could have happened (issue #13): before, a participant
/// moved to aftercare in 2023 and was released in 2026. Stages follow the path's rules in date order; custodial cases
/// reach transition, aftercare and follow-up only once released; referral, screening, consent and sessions run in
/// order; follow-ups and outcomes come after release; a minor's consent names a guardian; nothing is dated after today.
/// </summary>
[Collection(SeededDemoGroup.Name)]
public sealed class DemoHistoryTests(SeededDemo demo)
{
    [Theory]
    [BothProviders]
    public async Task Every_demo_history_follows_the_path_and_the_justice_timeline(DatabaseProviderKind provider)
    {
        var (app, _) = await demo.OnAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<IdentitySealer>();
        var today = scope.ServiceProvider.GetRequiredService<IClock>().Today;

        var participants = await db.Participants.AsNoTracking().ToListAsync();
        var stages = (await db.StageChanges.AsNoTracking().ToListAsync()).ToLookup(s => s.ParticipantId);
        var justice = (await db.JusticeEvents.AsNoTracking().ToListAsync()).ToLookup(e => e.ParticipantId);
        var referrals = (await db.Referrals.AsNoTracking().ToListAsync()).ToLookup(r => r.ParticipantId);
        var consents = (await db.Consents.AsNoTracking().ToListAsync()).ToLookup(c => c.ParticipantId);
        var sessions = (await db.Sessions.AsNoTracking().ToListAsync()).ToLookup(s => s.ParticipantId);
        var followUps = (await db.Set<ScheduledFollowUp>().AsNoTracking().ToListAsync()).ToLookup(f => f.ParticipantId);
        var outcomes = (await db.Set<OutcomeEvent>().AsNoTracking().ToListAsync()).ToLookup(o => o.ParticipantId);

        var problems = new List<string>();
        var releasedThroughAftercare = 0;
        foreach (var p in participants)
        {
            void Problem(string what) => problems.Add($"{p.Code}: {what}");
            var path = stages[p.Id].OrderBy(s => s.EffectiveOn).ThenBy(s => s.RecordedAt).ToList();
            if (path.Count == 0 || path[0].FromStage is not null || path[0].ToStage != Stage.Referred)
            {
                Problem("does not start with a referral");
                continue;
            }

            for (var i = 1; i < path.Count; i++)
            {
                if (path[i].FromStage != path[i - 1].ToStage || !StageRules.CanMove(path[i].FromStage!.Value, path[i].ToStage))
                {
                    Problem($"moves {path[i].FromStage} → {path[i].ToStage} after {path[i - 1].ToStage}");
                }
            }

            if (path[^1].ToStage != p.Stage)
            {
                Problem($"is at {p.Stage} but the last move was to {path[^1].ToStage}");
            }

            if (path.Any(s => s.EffectiveOn > today))
            {
                Problem("has a stage change after today");
            }

            var referral = referrals[p.Id].Single();
            if (referral.ReferredOn != path[0].EffectiveOn || referral.ScreenedOn < referral.ReferredOn)
            {
                Problem("was screened before the referral, or referred on another day than the path starts");
            }

            var consent = consents[p.Id].OrderBy(c => c.GivenOn).FirstOrDefault();
            if (consent is not null && (consent.GivenOn < referral.ScreenedOn || consent.WithdrawnOn < consent.GivenOn))
            {
                Problem("consented before screening, or withdrew before consenting");
            }

            if (consent is not null && sealer.Open(p).DateOfBirth is { } born && born.AddYears(18) > consent.GivenOn && !consent.GuardianConsented)
            {
                Problem("consented as a minor without a guardian");
            }

            var ended = path.FirstOrDefault(s => s.ToStage is Stage.Withdrawn || (s.ToStage == Stage.Closed && s.Reason.StartsWith("Left early", StringComparison.Ordinal)))?.EffectiveOn;
            if (sessions[p.Id].Any(s => consent is null || s.HeldOn < consent.GivenOn || s.HeldOn > today || s.HeldOn > ended))
            {
                Problem("has a session before consent, after leaving, or after today");
            }

            var events = justice[p.Id].ToList();
            var custody = events.FirstOrDefault(e => e.Kind == JusticeEventKind.CustodyStart)?.OccurredOn;
            var released = events.FirstOrDefault(e => e.Kind == JusticeEventKind.ActualRelease)?.OccurredOn;
            if (events.Any(e => e.Kind == JusticeEventKind.ActualRelease && e.OccurredOn > today) || events.Any(e => e.Kind == JusticeEventKind.ExpectedRelease && e.OccurredOn <= today))
            {
                Problem("has an actual release in the future or an expected one in the past");
            }

            if (custody is { } from && (events.Any(e => e.Kind == JusticeEventKind.Arrest && e.OccurredOn > from) || released < from || referral.ReferredOn < from))
            {
                Problem("was arrested after custody began, released before it, or referred before it");
            }

            var afterRelease = path.Where(s => s.ToStage is Stage.Transition or Stage.Aftercare or Stage.FollowUp).ToList();
            if (custody is not null && afterRelease.Any(s => released is null || s.EffectiveOn < released))
            {
                Problem($"reached {afterRelease[0].ToStage} on {afterRelease[0].EffectiveOn} but was {(released is null ? "never released" : $"released on {released}")}");
            }

            if (followUps[p.Id].Any(f => released is null || f.AnchorDate != released || f.ContactedOn < released || f.ContactedOn > today))
            {
                Problem("has a follow-up not anchored on the release, before it, or after today");
            }

            if (released is { } out_ && outcomes[p.Id].Any(o => o.OccurredOn < out_ || o.OccurredOn > today))
            {
                Problem("has an outcome before release or after today");
            }

            releasedThroughAftercare += custody is not null && afterRelease.Any(s => s.ToStage == Stage.Aftercare) ? 1 : 0;
        }

        Assert.True(problems.Count == 0, $"{problems.Count} incoherent histories, e.g.:\n{string.Join('\n', problems.Take(15))}");
        // The walk saw the histories that matter: released people in aftercare, early leavers, withdrawals.
        Assert.Equal(SeededDemo.Participants, participants.Count);
        Assert.True(releasedThroughAftercare >= 10, $"{releasedThroughAftercare} released participants reached aftercare");
        Assert.Contains(participants, p => p.Stage == Stage.Closed);
        Assert.Contains(participants, p => p.Stage == Stage.Withdrawn);
        Assert.Contains(participants, p => p.Stage == Stage.FollowUp);
    }
}
