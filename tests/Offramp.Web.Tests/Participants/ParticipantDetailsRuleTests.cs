using System.Net;

using Offramp.Core.Participants;
using Offramp.Core.Participants.Update;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Participants;

/// <summary>
/// A referral and a correction of the participant's details share one rule for the year of birth: one the
/// registration refuses, the correction refuses too (the correction used to accept a future year or one that
/// contradicted the date of birth).
/// </summary>
public sealed class ParticipantDetailsRuleTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders(2999, null, "Year of birth cannot be in the future.")]
    [BothProviders(1990, "1991-02-03", "Year of birth does not match the date of birth.")]
    public async Task Registration_and_correction_refuse_the_same_year_of_birth(DatabaseProviderKind provider, int yearOfBirth, string? dateOfBirth, string message)
    {
        var world = await worlds.WorldAsync(provider);
        var client = world.Client(Persona.CaseworkerA);
        var identity = new ParticipantIdentity { GivenName = "Rule", FamilyName = "Shared", DateOfBirth = dateOfBirth is null ? null : DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture) };
        var referral = TestWorld.NewReferral(world.ProgramId);
        referral.Identity = identity;
        referral.YearOfBirth = yearOfBirth;

        var registration = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/participants", referral);

        Assert.Contains(message, (await ProblemJson.ReadAsync(registration, HttpStatusCode.UnprocessableEntity)).ErrorsFor("YearOfBirth"));

        var participant = await world.RegisterParticipantAsync();
        var version = await world.VersionOfAsync(participant.Id);
        var correction = new UpdateParticipantDetailsCommand { Identity = identity, YearOfBirth = yearOfBirth };

        var answer = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/participants/{participant.Id}", correction, version);

        Assert.Contains(message, (await ProblemJson.ReadAsync(answer, HttpStatusCode.UnprocessableEntity)).ErrorsFor("YearOfBirth"));
        Assert.Equal(version, await world.VersionOfAsync(participant.Id));
    }
}
