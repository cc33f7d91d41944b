using System.Net;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Validation;

/// <summary>The write fuzz stored a subject access request received on 1899-12-31: a received date is plausible, like every other date.</summary>
public sealed class SubjectAccessDateTests(WorldFixture worlds) : IClassFixture<WorldFixture>
{
    [Theory]
    [BothProviders]
    public async Task A_request_received_before_1900_or_in_the_future_is_refused_naming_the_field(DatabaseProviderKind provider)
    {
        var world = await worlds.WorldAsync(provider);
        var participant = (await world.ParticipantInInterventionAsync()).Id;
        var director = world.Client(Persona.Director);

        foreach (var date in new[] { new DateOnly(1899, 12, 31), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2) })
        {
            var response = await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/subject-access", new { ReceivedOn = date });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("receivedOn", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        await director.SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participant}/subject-access", new { ReceivedOn = TestWorld.DaysAgo(3) })
            .ExpectAsync(HttpStatusCode.Created);
    }
}
