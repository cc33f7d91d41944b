using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.BreakGlass;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Retention;
using Offramp.Core.Safeguarding;
using Offramp.Core.Security;
using Offramp.Core.Stages;
using Offramp.Core.Worklist;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Safeguarding for the demo (issue #6), on three of the demo caseworker's open prison cases, so a director
/// opening the demo sees the feature at work: an urgent concern still open on the director's worklist (and an emergency
/// access to that record by a probation caseworker, reviewed and accepted), a concern the director decided not to
/// disclose with the rationale in the register, and a concern disclosed to the police with the minimum data frozen and
/// hashed in the register, that record under a legal hold. Written as the use cases would write it, audited; skipped
/// when there are no such cases (the browser tests seed none) or when the demo already has concerns.
/// </summary>
internal sealed class DemoSafeguarding(OfframpDbContext db, IdentitySealer sealer, FieldCipher cipher, IClock clock)
{
    public async Task SeedAsync(DemoWorld world, CancellationToken ct)
    {
        var organisationId = world.Organisation.Id;
        if (await db.Set<Concern>().AnyAsync(c => c.OrganisationId == organisationId, ct))
        {
            return;
        }

        var prison = world.Programs.Single(p => p.Kind == ProgramKind.Prison);
        var caseworker = world.Accounts[Role.Caseworker].Id;
        var director = world.Accounts[Role.ProgramDirector].Id;
        // Open cases past the first ones, which the assessments demo already fills, so each page tells one story.
        Stage[] active = [Stage.Consented, Stage.Assessment, Stage.Intervention, Stage.Transition, Stage.Aftercare];
        var cases = await db.Participants
            .Where(p => p.ProgramId == prison.Id && !p.ConsentWithdrawn && active.Contains(p.Stage))
            .Where(p => db.CaseTeamMembers.Any(m => m.ParticipantId == p.Id && m.UserId == caseworker && m.Until == null))
            .OrderBy(p => p.Code).Skip(3).Take(3).ToListAsync(ct);
        if (cases.Count < 3)
        {
            return;
        }

        var now = clock.UtcNow;
        var (open, declined, disclosed) = (cases[0], cases[1], cases[2]);

        var urgent = Concern(open, caseworker, now.AddDays(-2), ConcernUrgency.Urgent, ConcernStatus.Open, "Caseworker during a prison visit",
            "Said he was asked to keep a phone for his old group until his release.");
        new TaskPlanner(db, clock).Add(open, TaskKinds.Concern, "Urgent concern raised: decide whether to disclose", clock.Today,
            TaskAudience.ProgramDirectors, sourceType: "concern", sourceId: urgent.Id);
        ReviewedEmergencyAccess(world, open, director, now.AddDays(-6));

        var routine = Concern(declined, caseworker, now.AddDays(-40), ConcernUrgency.Routine, ConcernStatus.NotDisclosed, "Mentor after a group session",
            "Repeated a slogan of his former movement in anger after a family visit was cancelled.");
        var decision = new DisclosureEntry
        {
            OrganisationId = organisationId,
            ProgramId = declined.ProgramId,
            ParticipantId = declined.Id,
            ConcernId = routine.Id,
            Kind = DisclosureEntryKind.DecisionNotToDisclose,
            RecordedByUserId = director,
            RecordedAt = now.AddDays(-38),
        };
        decision.RationaleSealed = cipher.Seal(
            "No threat to anyone and no plan: frustration after a cancelled visit. Discussed with the mentor; reviewed at the next case meeting.",
            decision.Id, "Rationale");
        db.Set<DisclosureEntry>().Add(decision);
        db.Audit.Record(AuditActions.DisclosureDeclined, AuditEntities.Disclosure, decision.Id, declined.Id, "decided not to disclose");

        const string threat = "Named a date and a place where he would meet a former associate to collect a weapon.";
        var immediate = Concern(disclosed, caseworker, now.AddDays(-20), ConcernUrgency.Immediate, ConcernStatus.Disclosed, "Caseworker during a phone call", threat);
        var program = world.Programs.Single(p => p.Id == disclosed.ProgramId).Name;
        var package = DisclosurePackage.Build(new DisclosureSource(disclosed, sealer.Open(disclosed), program, immediate, threat),
            [DisclosableField.ParticipantCode, DisclosableField.Program, DisclosableField.ConcernObservedOn, DisclosableField.ConcernObservation]);
        var disclosure = new DisclosureEntry
        {
            OrganisationId = organisationId,
            ProgramId = disclosed.ProgramId,
            ParticipantId = disclosed.Id,
            ConcernId = immediate.Id,
            Kind = DisclosureEntryKind.Disclosure,
            Threshold = DisclosurePolicy.DefaultThresholds[0],
            LegalBasis = "Prevention of serious crime: statutory exemption for disclosure to the police",
            RecipientAgency = "Police",
            Fields = string.Join(',', package.Items.Select(i => i.Field)),
            ContentSha256 = package.Sha256,
            RecordedByUserId = director,
            RecordedAt = now.AddDays(-20).AddHours(2),
        };
        disclosure.ContentSealed = cipher.Seal(package.Canonical, disclosure.Id, "Content");
        disclosure.RationaleSealed = cipher.Seal("Specific, imminent risk of violence to others: a named date, place and weapon.", disclosure.Id, "Rationale");
        db.Set<DisclosureEntry>().Add(disclosure);
        db.Audit.Record(AuditActions.Disclosure, AuditEntities.Disclosure, disclosure.Id, disclosed.Id,
            $"{package.Items.Count} fields, sha256 {package.Sha256}, released");

        var hold = new LegalHold
        {
            OrganisationId = organisationId,
            ParticipantId = disclosed.Id,
            Reason = "Police investigation opened after the disclosure: keep the whole record until the police release it.",
            PlacedByUserId = director,
            PlacedAt = now.AddDays(-19),
        };
        db.Set<LegalHold>().Add(hold);
        db.Audit.Record(AuditActions.LegalHoldPlaced, AuditEntities.LegalHold, hold.Id, disclosed.Id);

        await db.SaveChangesAsync(ct);
    }

    private Concern Concern(Participant p, Guid raisedBy, DateTimeOffset raisedAt, ConcernUrgency urgency, ConcernStatus status, string observedBy, string observation)
    {
        var concern = new Concern
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            ObservedOn = DateOnly.FromDateTime(raisedAt.UtcDateTime),
            ObservedBy = observedBy,
            Urgency = urgency,
            Status = status,
            RaisedByUserId = raisedBy,
            RaisedAt = raisedAt,
        };
        concern.ObservationSealed = cipher.Seal(observation, concern.Id, "Observation");
        db.Set<Concern>().Add(concern);
        db.Audit.Record(AuditActions.ConcernRaised, AuditEntities.Concern, concern.Id, p.Id, $"urgency {urgency}");
        return concern;
    }

    /// <summary>A probation caseworker outside the case team opened the record in an emergency; the director accepted it the next day.</summary>
    private void ReviewedEmergencyAccess(DemoWorld world, Participant p, Guid director, DateTimeOffset at)
    {
        var probation = world.Programs.Single(x => x.Kind == ProgramKind.Probation).Id;
        var outsider = world.Staff.First(s => s.ProgramId == probation && s.Role == Role.Caseworker).UserId;
        var grant = new BreakGlassGrant
        {
            OrganisationId = p.OrganisationId,
            ProgramId = p.ProgramId,
            ParticipantId = p.Id,
            UserId = outsider,
            GrantedAt = at,
            ExpiresAt = at + BreakGlassGrant.MaxDuration,
            Review = BreakGlassReview.Accepted,
            ReviewedByUserId = director,
            ReviewedAt = at.AddDays(1),
            ReviewNote = "Out-of-hours call from the prison about a possible transfer; access was needed and proportionate.",
        };
        grant.ReasonSealed = cipher.Seal("Prison called out of hours about an urgent transfer; the case team could not be reached.", grant.Id, "Reason");
        db.Set<BreakGlassGrant>().Add(grant);
        db.Audit.Record(AuditActions.BreakGlassGranted, AuditEntities.BreakGlass, grant.Id, p.Id, "EMERGENCY ACCESS GRANTED for 60 minutes; director review required");
        db.Audit.Record(AuditActions.BreakGlassReviewed, AuditEntities.BreakGlass, grant.Id, p.Id, $"review {BreakGlassReview.Accepted}");
    }
}
