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
internal sealed partial class SyntheticCaseFactory(DemoWorld world, IdentitySealer sealer, FieldCipher cipher, int seed, DateOnly today)
{
    private static readonly string[] Locales = ["en", "fr", "de", "sv", "nl", "ar", "id_ID", "tr"];
    private static readonly string[] Topics = ["family contact", "work and training", "old friends from the movement", "religious questions", "anger in custody", "plans after release", "housing", "identity and belonging", "a conflict on the wing"];
    private static readonly string[] Reactions = ["was open and reflective", "was guarded at first, then engaged", "expressed frustration with the process", "spoke about doubts for the first time", "was tired and withdrawn"];
    private static readonly string[] NextSteps = ["meet again next week", "involve the mentor", "contact the housing service", "review the plan at the team meeting", "prepare the family session"];

    private readonly Dictionary<string, Faker> fakers = Locales.ToDictionary(l => l, l => new Faker(l) { Random = new Randomizer(seed) });
    private readonly Random random = new(seed);

    /// <summary>Who leaves early is drawn apart, so adding it left everyone else's history as it was.</summary>
    private readonly Random leaving = new(seed ^ 0x1EA7E);

    /// <summary>
    /// The <paramref name="indexInProgram"/>-th synthetic participant of <paramref name="program"/>, and the
    /// <paramref name="indexInOrganisation"/>-th of the demo organisation (which gives its code).
    /// </summary>
    public SyntheticCase Create(OfframpProgram program, int indexInProgram, long indexInOrganisation, Guid? demoCaseworker)
    {
        var model = DemoProgramCatalogue.Of(program);
        var faker = fakers[Locales[random.Next(Locales.Length)]];
        var gender = random.NextDouble() < 0.82 ? Gender.Male : (random.NextDouble() < 0.95 ? Gender.Female : Gender.Other);
        var referredOn = today.AddDays(-random.Next(20, 6 * 365));
        var age = DemoProgramCatalogue.IsJuvenile(model, indexInProgram) ? random.Next(14, 18) : random.Next(18, 55);
        var dateOfBirth = referredOn.AddYears(-age).AddDays(-random.Next(0, 365));
        var participant = new Participant
        {
            OrganisationId = world.Organisation.Id,
            ProgramId = program.Id,
            SiteId = world.Sites[indexInProgram % world.Sites.Count].Id,
            Code = DemoParticipantCodes.For(seed, indexInOrganisation),
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
        var release = AddJustice(result, program, referredOn, caseworker);
        var minor = dateOfBirth.AddYears(18) > referredOn ? faker.Name.FullName() : null;
        var activeUntil = AddReferralAndPath(result, program, referredOn, caseworker, release, minor, mayLeaveEarly: demoCaseworker is null);
        AddSessions(result, model, caseworker, activeUntil);
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
}
