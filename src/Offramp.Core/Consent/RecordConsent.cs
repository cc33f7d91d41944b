using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Core.Consent;

/// <summary>
/// Records voluntary informed consent after an accepted screening (or renewed consent after a withdrawal).
/// A participant who may be under 18 on that date needs a guardian's consent as well.
/// </summary>
public sealed class RecordConsent(OfframpDbContext db, ParticipantAccess access, IdentitySealer sealer, StageMover stages)
{
    public async Task<Guid> ExecuteAsync(Guid participantId, int expectedVersion, RecordConsentCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var p = standing.Participant;
        if (p.Stage is not (Stage.Screening or Stage.Withdrawn))
        {
            throw new ConflictException(p.Stage == Stage.Referred
                ? "Screen the referral before recording consent."
                : $"Consent can be recorded during screening or after a withdrawal, not at stage {p.Stage}.");
        }

        if (!await db.Referrals.AnyAsync(r => r.ParticipantId == p.Id && r.Screening == ScreeningDecision.Accepted, ct))
        {
            throw new ConflictException("The referral has not been accepted at screening.");
        }

        if (MayBeMinor(p, command.GivenOn) && (string.IsNullOrWhiteSpace(command.GuardianName) || !command.GuardianConsented))
        {
            throw new DomainException("The participant may be under 18 on this date: a guardian's name and consent are required.", nameof(command.GuardianName));
        }

        db.ExpectVersion(p, expectedVersion);
        var consent = new ConsentRecord
        {
            ParticipantId = p.Id,
            GivenOn = command.GivenOn,
            FormVersion = command.FormVersion.Trim(),
            CoversParticipation = command.CoversParticipation,
            CoversFamilyContact = command.CoversFamilyContact,
            CoversEvaluation = command.CoversEvaluation,
            GuardianName = command.GuardianName?.Trim(),
            GuardianConsented = command.GuardianConsented,
            RecordedByUserId = standing.Scope.UserId,
        };
        db.Consents.Add(consent);
        p.ConsentWithdrawn = false;
        p.EvaluationConsent = command.CoversEvaluation;
        stages.Move(p, Stage.Consented, command.GivenOn, $"Consent given (form {consent.FormVersion})", standing.Scope.UserId);
        db.Audit.Record(AuditActions.Create, AuditEntities.Consent, consent.Id, p.Id, ScopeText(consent));
        await db.SaveChangesAsync(ct);
        return consent.Id;
    }

    /// <summary>With only a year of birth we cannot tell 17 from 18, so we ask for a guardian in the doubtful year too.</summary>
    private bool MayBeMinor(Participant p, DateOnly on)
    {
        var dob = sealer.Open(p).DateOfBirth;
        if (dob is { } d)
        {
            return d.AddYears(18) > on;
        }

        return p.YearOfBirth is { } year && on.Year - year <= 18;
    }

    private static string ScopeText(ConsentRecord c) =>
        $"scope participation={c.CoversParticipation} family={c.CoversFamilyContact} evaluation={c.CoversEvaluation}";
}
