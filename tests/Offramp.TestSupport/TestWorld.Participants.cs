using System.Net;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Participants;
using Offramp.Core.Participants.Read;
using Offramp.Core.Participants.Register;
using Offramp.Core.Referrals;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.TestSupport;

/// <summary>A participant registered through the API.</summary>
public sealed record RegisteredParticipant(Guid Id, string Code, Guid ReferralId);

/// <summary>Case steps through the API, each as a real user would take them, failing loudly with the response body.</summary>
public sealed partial class TestWorld
{
    /// <summary>Days before today of the dates the steps use, so every stage change is later than the one before.</summary>
    public static class Days
    {
        public const int Referred = 60;
        public const int Screened = 50;
        public const int Consented = 40;
        public const int Assessment = 30;
        public const int Intervention = 20;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    /// <summary>A valid referral command in <paramref name="programId"/>; tweak it before sending.</summary>
    public static RegisterReferralCommand NewReferral(Guid programId, string givenName = "Test", string familyName = "Participant") => new()
    {
        ProgramId = programId,
        Identity = new ParticipantIdentity { GivenName = givenName, FamilyName = familyName },
        Gender = Gender.NotRecorded,
        Source = ReferralSource.Probation,
        ReferredOn = DaysAgo(Days.Referred),
        Reason = "Referred after a risk review.",
        Referrer = "Probation officer, test office",
    };

    /// <summary>
    /// Registers a new participant as <paramref name="by"/> (default caseworker A, who joins the case team) in the persona's
    /// home program unless <paramref name="programId"/> says otherwise.
    /// </summary>
    public async Task<RegisteredParticipant> RegisterParticipantAsync(Persona by = Persona.CaseworkerA, Guid? programId = null, Action<RegisterReferralCommand>? customise = null)
    {
        var command = NewReferral(programId ?? HomeProgram(by));
        customise?.Invoke(command);
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, "/api/v1/participants", command).ExpectAsync(HttpStatusCode.Created);
        var body = await response.ReadJsonAsync<CreatedParticipant>();
        var referralId = await DbAsync(db => db.Referrals.Where(r => r.ParticipantId == body.Id).Select(r => r.Id).SingleAsync());
        return new RegisteredParticipant(body.Id, body.Code, referralId);
    }

    /// <summary>The director (of the participant's program) puts <paramref name="member"/> on the case team in their program role.</summary>
    public async Task<Guid> AddToTeamAsync(Guid participantId, Persona member, Persona director = Persona.Director)
    {
        var command = new AddTeamMemberCommand { UserId = UserId(member), Role = TeamRoleOf(member) };
        var response = await Client(director).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/team", command).ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    /// <summary>Walks the participant along the usual path up to <paramref name="target"/> (Screening, Consented, Assessment or Intervention).</summary>
    public async Task WalkToAsync(Guid participantId, Stage target, Persona by = Persona.CaseworkerA)
    {
        var path = new[] { Stage.Screening, Stage.Consented, Stage.Assessment, Stage.Intervention };
        if (!path.Contains(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "WalkToAsync goes to Screening, Consented, Assessment or Intervention.");
        }

        var current = await StageOfAsync(participantId);
        foreach (var stage in path.TakeWhile(s => s <= target).Where(s => s > current))
        {
            switch (stage)
            {
                case Stage.Screening:
                    await ScreenAsync(participantId, ScreeningDecision.Accepted, by);
                    break;
                case Stage.Consented:
                    await ConsentAsync(participantId, by);
                    break;
                default:
                    await MoveToAsync(participantId, stage, DaysAgo(stage == Stage.Assessment ? Days.Assessment : Days.Intervention), by);
                    break;
            }
        }
    }

    /// <summary>Records the screening decision on the participant's (only pending) referral.</summary>
    public async Task ScreenAsync(Guid participantId, ScreeningDecision decision = ScreeningDecision.Accepted, Persona by = Persona.CaseworkerA)
    {
        var referral = await DbAsync(db => db.Referrals.AsNoTracking()
            .Where(r => r.ParticipantId == participantId && r.Screening == ScreeningDecision.Pending)
            .Select(r => new { r.Id, r.Version }).FirstAsync());
        var command = new RecordScreeningCommand { Decision = decision, Reason = "Suitable for the program.", ScreenedOn = DaysAgo(Days.Screened) };
        await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/referrals/{referral.Id}/screening", command, referral.Version)
            .ExpectAsync(HttpStatusCode.NoContent);
    }

    /// <summary>A complete, valid consent; customise it (e.g. a guardian) before sending.</summary>
    public static RecordConsentCommand NewConsent(DateOnly? givenOn = null) => new()
    {
        GivenOn = givenOn ?? DaysAgo(Days.Consented),
        FormVersion = "2025-01",
        CoversParticipation = true,
        CoversFamilyContact = true,
        CoversEvaluation = true,
        ParticipantInformed = true,
    };

    public async Task<Guid> ConsentAsync(Guid participantId, Persona by = Persona.CaseworkerA, RecordConsentCommand? command = null)
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/consents", command ?? NewConsent(), await VersionOfAsync(participantId))
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public async Task MoveToAsync(Guid participantId, Stage stage, DateOnly effectiveOn, Persona by = Persona.CaseworkerA)
    {
        var command = new ChangeStageCommand { ToStage = stage, EffectiveOn = effectiveOn, Reason = $"Moving to {stage}." };
        await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/stage", command, await VersionOfAsync(participantId))
            .ExpectAsync(HttpStatusCode.NoContent);
    }

    /// <summary>A valid session command; standard class unless told otherwise.</summary>
    public static SessionCommand NewSession(ConfidentialityClass confidentiality = ConfidentialityClass.Standard, string? notes = "Talked about work and family.") => new()
    {
        HeldOn = DaysAgo(1),
        DurationMinutes = 60,
        Kind = confidentiality == ConfidentialityClass.Clinical ? SessionKind.Psychological : SessionKind.OneToOne,
        Confidentiality = confidentiality,
        Notes = notes,
    };

    public async Task<Guid> LogSessionAsync(Guid participantId, Persona by, ConfidentialityClass confidentiality = ConfidentialityClass.Standard, string? notes = "Talked about work and family.")
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/sessions", NewSession(confidentiality, notes))
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public async Task<Guid> AddJusticeEventAsync(Guid participantId, JusticeEventKind kind, DateOnly occurredOn, Persona by = Persona.CaseworkerA, int? sentenceMonths = null)
    {
        var command = new JusticeEventCommand { Kind = kind, OccurredOn = occurredOn, SentenceMonths = sentenceMonths, Reference = "Test court" };
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/justice-events", command)
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    /// <summary>The participant's record as <paramref name="reader"/> sees it through the API (the read is audited).</summary>
    public async Task<ParticipantRecord> GetRecordAsync(Guid participantId, Persona reader = Persona.Director)
    {
        var response = await Client(reader).GetAsync($"/api/v1/participants/{participantId}").ExpectAsync(HttpStatusCode.OK);
        return await response.ReadJsonAsync<ParticipantRecord>();
    }

    /// <summary>The participant's current version (the number in its ETag), read straight from the database.</summary>
    public Task<int> VersionOfAsync(Guid participantId) =>
        DbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Version).SingleAsync());

    public Task<Stage> StageOfAsync(Guid participantId) =>
        DbAsync(db => db.Participants.AsNoTracking().Where(p => p.Id == participantId).Select(p => p.Stage).SingleAsync());

    /// <summary>The organisation a persona belongs to.</summary>
    public Guid OrganisationOf(Persona persona) => persona == Persona.OtherOrganisationDirector ? OtherOrganisationId : OrganisationId;

    /// <summary>The program a persona registers participants in by default.</summary>
    public Guid HomeProgram(Persona persona) => persona == Persona.OtherOrganisationDirector ? OtherProgramId : ProgramId;

    /// <summary>The case-team role a persona takes when added to a team.</summary>
    public static Role TeamRoleOf(Persona persona) => persona switch
    {
        Persona.CaseworkerA or Persona.CaseworkerB => Role.Caseworker,
        Persona.Mentor => Role.Mentor,
        Persona.Psychologist => Role.Psychologist,
        Persona.FaithCounsellor => Role.FaithCounsellor,
        Persona.Director or Persona.OtherOrganisationDirector => Role.ProgramDirector,
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, "This persona cannot sit on a case team."),
    };

    private sealed record CreatedParticipant(Guid Id, string Code);
}
