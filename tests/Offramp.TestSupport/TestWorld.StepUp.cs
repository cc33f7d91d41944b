using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Access;
using Offramp.Core.Data;
using Offramp.Core.Disclosure;

using OtpNet;

namespace Offramp.TestSupport;

/// <summary>Step-up codes for tests: the server accepts each TOTP time-step once per user, and five wrong codes lock step-up.</summary>
public sealed partial class TestWorld
{
    /// <summary>
    /// A code the server will accept for <paramref name="persona"/> even if a test of this world already stepped up in
    /// the current 30-second window: the remembered time-step is forgotten first, as if the next window had begun.
    /// Tests of the replay rule itself use <see cref="StepUpCode"/> and <see cref="StepUpCodeAt"/> instead.
    /// </summary>
    public async Task<string> FreshStepUpCodeAsync(Persona persona)
    {
        var userId = UserId(persona);
        await DbAsync(db => db.Set<StepUpState>().Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastAcceptedTimeStep, (long?)null)));
        return StepUpCode(persona);
    }

    /// <summary>The code of a given TOTP time-step (Unix seconds / 30) for a persona's authenticator.</summary>
    public string StepUpCodeAt(Persona persona, long timeStep) => CodeAt(Account(persona).TotpSecret, timeStep);

    public static string CodeAt(string totpSecret, long timeStep) =>
        new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(DateTime.UnixEpoch.AddSeconds(timeStep * 30));

    public static long CurrentTimeStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    /// <summary>A program director of the main program nobody else uses, with a write token and its authenticator secret.</summary>
    public Task<(Guid UserId, string TotpSecret, HttpClient Client)> CreateDirectorWithAuthenticatorAsync(string displayName) =>
        CreateStaffWithAuthenticatorAsync(displayName, Role.ProgramDirector, ProgramId);

    /// <summary>
    /// An account of the main organisation holding <paramref name="role"/> (granted directly, as the CLI does), with a
    /// write token and its authenticator secret; nobody else shares its step-up state.
    /// </summary>
    public async Task<(Guid UserId, string TotpSecret, HttpClient Client)> CreateStaffWithAuthenticatorAsync(string displayName, Role role, Guid? programId)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        Guid userId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            userId = (await CreateUserAsync(scope.ServiceProvider, OrganisationId, displayName, secret)).Id;
        }

        await GrantRoleAsync(userId, role, programId);
        var (_, token) = await CreateTokenAsync(userId, allowWrite: true);
        return (userId, secret, App.CreateApiClient(token));
    }

    /// <summary>An account of <paramref name="organisationId"/> (no roles) that can sign in to the pages: its email and authenticator secret.</summary>
    public async Task<(Guid UserId, string Email, string TotpSecret)> CreateSignInAccountAsync(string displayName, Guid organisationId)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        await using var scope = App.Services.CreateAsyncScope();
        var user = await CreateUserAsync(scope.ServiceProvider, organisationId, displayName, secret);
        return (user.Id, user.Email!, secret);
    }

    /// <summary>Sends JSON with a step-up code in X-Offramp-Step-Up (when given), as a script with a fresh authenticator code would.</summary>
    public static Task<HttpResponseMessage> SendWithStepUpAsync(HttpClient client, HttpMethod method, string url, object? body, string? stepUpCode)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body, body.GetType(), options: TestJson.Options);
        }

        if (stepUpCode is not null)
        {
            request.Headers.Add("X-Offramp-Step-Up", stepUpCode);
        }

        return client.SendAsync(request);
    }

    public Task<StepUpState?> StepUpStateAsync(Guid userId) =>
        DbAsync(db => db.Set<StepUpState>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId));
}
