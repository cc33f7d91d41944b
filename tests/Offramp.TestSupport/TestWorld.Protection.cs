using System.Net;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

using Offramp.Core.Common;
using Offramp.Core.Disclosure;
using Offramp.Core.Safeguarding;

using OtpNet;

namespace Offramp.TestSupport;

/// <summary>Concerns, step-up codes and disclosures through the API, and a second app on the same database with a test clock.</summary>
public sealed partial class TestWorld
{
    /// <summary>The persona's current authenticator code, for the X-Offramp-Step-Up header.</summary>
    public string StepUpCode(Persona persona) => new Totp(Base32Encoding.ToBytes(Account(persona).TotpSecret)).ComputeTotp();

    /// <summary>Records a step-up for any user straight in the database (for users whose authenticator secret the test does not hold).</summary>
    public Task RecordStepUpAsync(Guid userId, DateTimeOffset? at = null) => DbAsync(async db =>
    {
        db.Set<StepUpRecord>().Add(new StepUpRecord { UserId = userId, VerifiedAt = at ?? DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    });

    public static RaiseConcernCommand NewConcern(ConcernUrgency urgency = ConcernUrgency.Urgent) => new()
    {
        Observation = "Talked about obtaining a weapon before the anniversary march.",
        ObservedOn = DaysAgo(1),
        ObservedBy = "Mentor during a home visit",
        Urgency = urgency,
    };

    public async Task<Guid> RaiseConcernAsync(Guid participantId, Persona by = Persona.CaseworkerA, RaiseConcernCommand? command = null)
    {
        var response = await Client(by).SendJsonAsync(HttpMethod.Post, $"/api/v1/participants/{participantId}/concerns", command ?? NewConcern())
            .ExpectAsync(HttpStatusCode.Created);
        return await response.ReadCreatedIdAsync();
    }

    public static DecideDisclosureCommand NewDisclosure(Guid? concernId = null, params DisclosableField[] fields) => new()
    {
        Disclose = true,
        ConcernId = concernId,
        Threshold = DisclosurePolicy.DefaultThresholds[0],
        LegalBasis = "Statutory duty to prevent serious harm",
        RecipientAgency = DisclosurePolicy.DefaultAgencies[0],
        Fields = fields.Length > 0 ? [.. fields] : [DisclosableField.ParticipantCode, DisclosableField.GivenName, DisclosableField.FamilyName],
        Rationale = "Specific, imminent threat against a named event.",
    };

    /// <summary>Sends a disclosure decision with a step-up header carrying <paramref name="stepUpCode"/> when given.</summary>
    public Task<HttpResponseMessage> SendDisclosureAsync(Guid participantId, DecideDisclosureCommand command, Persona by = Persona.Director, string? stepUpCode = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/participants/{participantId}/disclosures")
        {
            Content = System.Net.Http.Json.JsonContent.Create(command, options: TestJson.Options),
        };
        if (stepUpCode is not null)
        {
            request.Headers.Add("X-Offramp-Step-Up", stepUpCode);
        }

        return Client(by).SendAsync(request);
    }

    /// <summary>
    /// The same app on the same database and key ring, with <paramref name="clock"/> in place of the system clock:
    /// tokens, records and keys are shared, only "now" differs. Disposed with the world.
    /// </summary>
    public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithClock(IClock clock) =>
        App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton(clock))));
}

/// <summary>A clock that tests move by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : IClock
{
    public DateTimeOffset UtcNow { get; private set; } = start;

    public void Advance(TimeSpan by) => UtcNow += by;
}
