using System.Globalization;

using Bogus;

using Offramp.Core.Access;
using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Hosting.Demo;

/// <summary>
/// Builds plausible, entirely fictional case histories across the program kinds: a referral, screening, consent,
/// a path through the stages over up to six years, justice dates that fit the program kind, and sessions.
/// </summary>
internal sealed class SyntheticCaseFactory(DemoWorld world, IdentitySealer sealer, FieldCipher cipher, int seed, DateOnly today)
{
    private static readonly string[] Locales = ["en", "fr", "de", "sv", "nl", "ar", "id_ID", "tr"];
    private static readonly Stage[] Path = [Stage.Referred, Stage.Screening, Stage.Consented, Stage.Assessment, Stage.Intervention, Stage.Transition, Stage.Aftercare, Stage.FollowUp, Stage.Closed];
    private static readonly string[] Topics = ["family contact", "work and training", "old friends from the movement", "religious questions", "anger in custody", "plans after release", "housing", "identity and belonging", "a conflict on the wing"];
    private static readonly string[] Reactions = ["was open and reflective", "was guarded at first, then engaged", "expressed frustration with the process", "spoke about doubts for the first time", "was tired and withdrawn"];
    private static readonly string[] NextSteps = ["meet again next week", "involve the mentor", "contact the housing service", "review the plan at the team meeting", "prepare the family session"];

    private readonly Dictionary<string, Faker> fakers = Locales.ToDictionary(l => l, l => new Faker(l) { Random = new Randomizer(seed) });
    private readonly Random random = new(seed);

    /// <summary>Who leaves early is drawn apart, so adding it left everyone else's history as it was.</summary>
    private readonly Random leaving = new(seed ^ 0x1EA7E);

    public SyntheticCase Create(int index, Guid? demoCaseworker)
    {
        var program = world.Programs[index % world.Programs.Count];
        var faker = fakers[Locales[random.Next(Locales.Length)]];
        var gender = random.NextDouble() < 0.82 ? Gender.Male : (random.NextDouble() < 0.95 ? Gender.Female : Gender.Other);
        var referredOn = today.AddDays(-random.Next(20, 6 * 365));
        var dateOfBirth = referredOn.AddYears(-random.Next(16, 55)).AddDays(-random.Next(0, 365));
        var participant = new Participant
        {
            OrganisationId = world.Organisation.Id,
            ProgramId = program.Id,
            SiteId = world.Sites[index % world.Sites.Count].Id,
            Code = ParticipantCodes.New(),
            Gender = gender,
            YearOfBirth = dateOfBirth.Year,
            Nationality = faker.Address.Country(),
            Languages = faker.PickRandom("English", "Arabic", "French", "Swedish", "Danish", "Dutch", "Turkish", "Indonesian", "Somali"),
            CreatedAt = new DateTimeOffset(referredOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            CreatedByUserId = world.Accounts[Role.ProgramDirector].Id,
        };
        var identity = new ParticipantIdentity
        {
            GivenName = gender == Gender.Female ? faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female) : faker.Name.FirstName(Bogus.DataSets.Name.Gender.Male),
            FamilyName = faker.Name.LastName(),
            DateOfBirth = dateOfBirth,
            NationalId = random.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture),
            Aliases = random.NextDouble() < 0.2 ? "Abu " + faker.Name.FirstName() : null,
        };
        sealer.Seal(participant, identity);
        var result = new SyntheticCase(participant);
        result.Index.AddRange(sealer.IndexEntries(participant, identity));
        AddTeam(result, program, demoCaseworker, referredOn);
        var caseworker = result.Team[0].UserId;
        AddReferralAndPath(result, program, referredOn, caseworker, mayLeaveEarly: demoCaseworker is null);
        AddJustice(result, program, referredOn, caseworker);
        AddSessions(result, caseworker);
        return result;
    }

    private void AddTeam(SyntheticCase c, OfframpProgram program, Guid? demoCaseworker, DateOnly from)
    {
        var staff = world.Staff.Where(s => s.ProgramId == program.Id).ToList();
        var caseworker = demoCaseworker ?? Pick(staff, Role.Caseworker);
        c.Team.Add(new CaseTeamMember { ParticipantId = c.Participant.Id, UserId = caseworker, Role = Role.Caseworker, From = from });
        if (random.NextDouble() < 0.6)
        {
            c.Team.Add(new CaseTeamMember { ParticipantId = c.Participant.Id, UserId = Pick(staff, Role.Mentor), Role = Role.Mentor, From = from.AddDays(30) });
        }

        if (random.NextDouble() < 0.4)
        {
            c.Team.Add(new CaseTeamMember { ParticipantId = c.Participant.Id, UserId = Pick(staff, Role.Psychologist), Role = Role.Psychologist, From = from.AddDays(20) });
        }
    }

    private Guid Pick(List<StaffMember> staff, Role role)
    {
        var candidates = staff.Where(s => s.Role == role).ToList();
        return candidates[random.Next(candidates.Count)].UserId;
    }

    private void AddReferralAndPath(SyntheticCase c, OfframpProgram program, DateOnly referredOn, Guid caseworker, bool mayLeaveEarly)
    {
        var source = program.Kind switch
        {
            ProgramKind.Prison => random.NextDouble() < 0.7 ? ReferralSource.SecurityStaff : ReferralSource.Self,
            ProgramKind.Probation => ReferralSource.Probation,
            ProgramKind.AlternativeToProsecution => ReferralSource.Court,
            ProgramKind.Returnee => random.NextDouble() < 0.5 ? ReferralSource.SecurityStaff : ReferralSource.Family,
            _ => random.NextDouble() < 0.5 ? ReferralSource.Community : ReferralSource.Family,
        };
        var referral = new Referral { ParticipantId = c.Participant.Id, Source = source, ReferredOn = referredOn, Referrer = $"{source} contact", RecordedByUserId = caseworker };
        referral.ReasonSealed = cipher.Seal("Concern about continued contact with a violent group; open to talking.", referral.Id, "Reason");
        c.Referrals.Add(referral);

        var daysAvailable = today.DayNumber - referredOn.DayNumber;
        var declined = random.NextDouble() < 0.08;
        var targetIndex = declined ? 1 : Math.Min(Path.Length - 1, 1 + random.Next(1 + (daysAvailable / 120)));
        var date = referredOn;
        Stage? from = null;
        for (var i = 0; i <= targetIndex; i++)
        {
            AddStage(c, from, Path[i], date, caseworker);
            from = Path[i];
            if (Path[i] == Stage.Screening)
            {
                referral.Screening = declined ? ScreeningDecision.Declined : ScreeningDecision.Accepted;
                referral.ScreeningReason = declined ? "Not motivated to take part at present." : "Eligible and willing to engage.";
                referral.ScreenedOn = date;
                referral.ScreenedByUserId = caseworker;
            }

            if (Path[i] == Stage.Consented)
            {
                c.Consents.Add(new ConsentRecord
                {
                    ParticipantId = c.Participant.Id,
                    GivenOn = date,
                    FormVersion = "2025-1",
                    CoversParticipation = true,
                    CoversFamilyContact = random.NextDouble() < 0.6,
                    CoversEvaluation = random.NextDouble() < 0.85,
                    RecordedByUserId = caseworker,
                });
                c.Participant.EvaluationConsent = c.Consents[^1].CoversEvaluation;
            }

            date = date.AddDays(Math.Max(1, Math.Min(random.Next(14, 200), (today.DayNumber - date.DayNumber) / 2)));
        }

        if (declined)
        {
            AddStage(c, Stage.Screening, Stage.Declined, date, caseworker);
        }
        else if (c.Participant.Stage is Stage.Intervention or Stage.Assessment && random.NextDouble() < 0.06)
        {
            c.Consents[^1].WithdrawnOn = date;
            c.Consents[^1].WithdrawalReason = "Participant chose to stop.";
            c.Participant.ConsentWithdrawn = true;
            c.Participant.EvaluationConsent = false;
            AddStage(c, c.Participant.Stage, Stage.Withdrawn, date, caseworker);
        }
        else if (mayLeaveEarly && c.Participant.Stage == Stage.Intervention && leaving.NextDouble() < 0.35)
        {
            // Leaving the program is not withdrawing consent: early leavers stay in the evaluation, as the comparison
            // of completers with early leavers needs (before this the demo's only leavers withdrew, and no comparison was estimable).
            AddStage(c, Stage.Intervention, Stage.Closed, date, caseworker, "Left early: stopped attending the program.");
        }
    }

    private static void AddStage(SyntheticCase c, Stage? from, Stage to, DateOnly on, Guid by, string? reason = null)
    {
        c.Stages.Add(new StageChange
        {
            ParticipantId = c.Participant.Id,
            FromStage = from,
            ToStage = to,
            EffectiveOn = on,
            ChangedByUserId = by,
            Reason = reason ?? (to == Stage.Referred ? "Referral received" : $"Moved to {to}"),
            RecordedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero).AddSeconds(c.Stages.Count),
        });
        c.Participant.Stage = to;
    }

    private void AddJustice(SyntheticCase c, OfframpProgram program, DateOnly referredOn, Guid by)
    {
        void Add(JusticeEventKind kind, DateOnly on, int? months = null) =>
            c.Justice.Add(new JusticeEvent { ParticipantId = c.Participant.Id, Kind = kind, OccurredOn = on, SentenceMonths = months, RecordedByUserId = by });

        switch (program.Kind)
        {
            case ProgramKind.Prison:
                var arrest = referredOn.AddDays(-random.Next(200, 900));
                var months = random.Next(24, 120);
                var custody = arrest.AddDays(2);
                Add(JusticeEventKind.Arrest, arrest);
                Add(JusticeEventKind.Charge, arrest.AddDays(3));
                Add(JusticeEventKind.CustodyStart, custody);
                Add(JusticeEventKind.Sentence, arrest.AddDays(random.Next(150, 400)), months);
                var release = custody.AddMonths(months * 2 / 3);
                Add(release <= today ? JusticeEventKind.ActualRelease : JusticeEventKind.ExpectedRelease, release);
                if (release <= today)
                {
                    Add(JusticeEventKind.LicenceStart, release);
                    Add(JusticeEventKind.LicenceEnd, custody.AddMonths(months));
                }

                break;
            case ProgramKind.Probation:
                Add(JusticeEventKind.Sentence, referredOn.AddDays(-random.Next(30, 200)), random.Next(12, 48));
                Add(JusticeEventKind.LicenceStart, referredOn.AddDays(-random.Next(1, 29)));
                Add(JusticeEventKind.LicenceEnd, referredOn.AddMonths(random.Next(12, 36)));
                break;
            case ProgramKind.AlternativeToProsecution:
                Add(JusticeEventKind.Arrest, referredOn.AddDays(-random.Next(20, 90)));
                Add(JusticeEventKind.AlternativeToProsecutionAgreement, referredOn);
                break;
            case ProgramKind.Returnee:
                Add(JusticeEventKind.ReturnFromConflictZone, referredOn.AddDays(-random.Next(1, 60)));
                break;
        }
    }

    private void AddSessions(SyntheticCase c, Guid caseworker)
    {
        if (c.Participant.Stage is Stage.Referred or Stage.Screening or Stage.Declined)
        {
            return;
        }

        var start = c.Consents[0].GivenOn;
        var end = c.Consents[0].WithdrawnOn ?? today;
        var count = random.Next(2, 9);
        for (var i = 0; i < count; i++)
        {
            var heldOn = start.AddDays(random.Next(0, Math.Max(1, end.DayNumber - start.DayNumber)));
            var clinical = random.NextDouble() < 0.15 && c.Team.Any(t => t.Role == Role.Psychologist);
            var session = new CaseSession
            {
                ParticipantId = c.Participant.Id,
                HeldOn = heldOn,
                DurationMinutes = random.Next(4, 13) * 10,
                Kind = clinical ? SessionKind.Psychological : (SessionKind)random.Next(0, 7) is var k && k == SessionKind.Psychological ? SessionKind.OneToOne : k,
                Confidentiality = clinical ? ConfidentialityClass.Clinical : ConfidentialityClass.Standard,
                RecordedByUserId = clinical ? c.Team.First(t => t.Role == Role.Psychologist).UserId : caseworker,
                RecordedAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
            };
            session.NotesSealed = cipher.Seal(
                $"Discussed {Topics[random.Next(Topics.Length)]}; participant {Reactions[random.Next(Reactions.Length)]}. Agreed to {NextSteps[random.Next(NextSteps.Length)]}.",
                session.Id, "Notes");
            c.Sessions.Add(session);
        }
    }
}
