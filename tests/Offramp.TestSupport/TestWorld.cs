using System.Collections.Concurrent;

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Organisations;
using Offramp.Core.Organisations.Admin;
using Offramp.Core.Security.Tokens;

using OtpNet;

namespace Offramp.TestSupport;

/// <summary>
/// An organisation with two programs and a site, one account per <see cref="Persona"/> (TOTP enabled, tokens issued),
/// and a second organisation with its own program and director, all on a fresh app of one provider.
/// Created through the app's own services; get an API client per persona with <see cref="Client"/>.
/// </summary>
public sealed partial class TestWorld : IAsyncDisposable
{
    /// <summary>The password of every account (12+ characters as the policy requires).</summary>
    public const string Password = "correct horse battery staple";

    private static readonly Lazy<string> PasswordHash = new(() => new PasswordHasher<AppUser>().HashPassword(null!, Password));

    private readonly ConcurrentDictionary<(Persona, bool), HttpClient> clients = new();
    private readonly Dictionary<Persona, PersonaAccount> accounts = [];

    private TestWorld(OfframpAppFactory app) => App = app;

    public OfframpAppFactory App { get; }

    public DatabaseProviderKind Provider => App.Provider;

    public Guid OrganisationId { get; private set; }

    /// <summary>The main program (prison): every persona of the organisation except the admin and auditor works here.</summary>
    public Guid ProgramId { get; private set; }

    /// <summary>A second program (community) where only caseworker B works.</summary>
    public Guid SecondProgramId { get; private set; }

    public Guid SiteId { get; private set; }

    public Guid OtherOrganisationId { get; private set; }

    public Guid OtherProgramId { get; private set; }

    public IReadOnlyDictionary<Persona, PersonaAccount> Accounts => accounts;

    public static async Task<TestWorld> CreateAsync(DatabaseProviderKind provider, CancellationToken ct = default)
    {
        var app = await OfframpAppFactory.CreateAsync(provider, ct);
        var world = new TestWorld(app);
        try
        {
            await world.BuildAsync(ct);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    public PersonaAccount Account(Persona persona) => accounts[persona];

    public Guid UserId(Persona persona) => accounts[persona].UserId;

    /// <summary>A client that sends the persona's read-write token.</summary>
    public HttpClient Client(Persona persona) =>
        clients.GetOrAdd((persona, true), key => App.CreateApiClient(accounts[key.Item1].WriteToken));

    /// <summary>A client that sends the persona's read-only token.</summary>
    public HttpClient ReadOnlyClient(Persona persona) =>
        clients.GetOrAdd((persona, false), key => App.CreateApiClient(accounts[key.Item1].ReadToken));

    /// <summary>A client without any credentials.</summary>
    public HttpClient AnonymousClient() => App.CreateApiClient();

    public Task<T> DbAsync<T>(Func<OfframpDbContext, Task<T>> work) => App.WithDbAsync(work);

    public Task DbAsync(Func<OfframpDbContext, Task> work) => App.WithDbAsync(work);

    /// <summary>Issues another token to the persona through Core's <see cref="AccessTokens"/>; returns its id and secret.</summary>
    public Task<(Guid Id, string Secret)> CreateTokenAsync(Persona persona, bool allowWrite, int lifetimeDays = 30, string name = "extra token") =>
        CreateTokenAsync(UserId(persona), allowWrite, lifetimeDays, name);

    /// <summary>Issues a token to any user (e.g. one made with <see cref="CreateUserAsync"/>); returns its id and secret.</summary>
    public async Task<(Guid Id, string Secret)> CreateTokenAsync(Guid userId, bool allowWrite, int lifetimeDays = 30, string name = "extra token")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var (token, secret) = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(userId, name, allowWrite, lifetimeDays);
        return (token.Id, secret);
    }

    /// <summary>
    /// Creates an account in an organisation (TOTP on, no roles) the way Core does: Identity store plus an audit event.
    /// Used for the personas and by tests that need a user nobody else touches.
    /// </summary>
    public async Task<Guid> CreateUserAsync(string displayName, Guid? organisationId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var user = await CreateUserAsync(scope.ServiceProvider, organisationId ?? OrganisationId, displayName, Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20)));
        return user.Id;
    }

    /// <summary>Grants a role with Core's rules (organisation-wide roles ignore the program).</summary>
    public async Task<Guid> GrantRoleAsync(Guid userId, Role role, Guid? programId, Guid? organisationId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        var assignment = await RoleGranting.GrantAsync(db, organisationId ?? OrganisationId, userId, role, programId, CancellationToken.None);
        await db.SaveChangesAsync();
        return assignment.Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
            var organisation = new Organisation { Name = "Test Disengagement Service", Jurisdiction = "Test" };
            var main = new OfframpProgram { OrganisationId = organisation.Id, Name = "Prison mentoring", Kind = ProgramKind.Prison, Aims = ProgramAims.Disengagement | ProgramAims.Reintegration };
            var second = new OfframpProgram { OrganisationId = organisation.Id, Name = "Community exit", Kind = ProgramKind.Community, Aims = ProgramAims.Deradicalization };
            var site = new Site { OrganisationId = organisation.Id, Name = "HMP Test", Locality = "North" };
            var other = new Organisation { Name = "Another Organisation", Jurisdiction = "Elsewhere" };
            var otherProgram = new OfframpProgram { OrganisationId = other.Id, Name = "Returnee support", Kind = ProgramKind.Returnee, Aims = ProgramAims.Reintegration };
            db.AddRange(organisation, main, second, site, other, otherProgram);
            foreach (var (type, id) in new[] { (AuditEntities.Organisation, organisation.Id), (AuditEntities.Program, main.Id), (AuditEntities.Program, second.Id), (AuditEntities.Site, site.Id), (AuditEntities.Organisation, other.Id), (AuditEntities.Program, otherProgram.Id) })
            {
                db.Audit.Record(AuditActions.Create, type, id);
            }

            await db.SaveChangesAsync(ct);
            (OrganisationId, ProgramId, SecondProgramId, SiteId, OtherOrganisationId, OtherProgramId) =
                (organisation.Id, main.Id, second.Id, site.Id, other.Id, otherProgram.Id);
        }

        foreach (var persona in Enum.GetValues<Persona>())
        {
            accounts[persona] = await CreatePersonaAsync(persona, ct);
        }
    }

    private async Task<PersonaAccount> CreatePersonaAsync(Persona persona, CancellationToken ct)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OfframpDbContext>();
        var organisationId = persona == Persona.OtherOrganisationDirector ? OtherOrganisationId : OrganisationId;
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        var user = await CreateUserAsync(services, organisationId, persona.ToString(), secret);
        foreach (var (role, programId) in RolesOf(persona))
        {
            await RoleGranting.GrantAsync(db, organisationId, user.Id, role, programId, ct);
        }

        await db.SaveChangesAsync(ct);
        var tokens = services.GetRequiredService<AccessTokens>();
        var (write, writeSecret) = await tokens.CreateAsync(user.Id, "tests read-write", allowWrite: true, lifetimeDays: 30, ct);
        var (read, readSecret) = await tokens.CreateAsync(user.Id, "tests read-only", allowWrite: false, lifetimeDays: 30, ct);
        return new PersonaAccount(persona, user.Id, user.Email!, secret, writeSecret, write.Id, readSecret, read.Id);
    }

    private IEnumerable<(Role Role, Guid? ProgramId)> RolesOf(Persona persona) => persona switch
    {
        Persona.CaseworkerA => [(Role.Caseworker, ProgramId)],
        Persona.CaseworkerB => [(Role.Caseworker, ProgramId), (Role.Caseworker, SecondProgramId)],
        Persona.Mentor => [(Role.Mentor, ProgramId)],
        Persona.Psychologist => [(Role.Psychologist, ProgramId)],
        Persona.FaithCounsellor => [(Role.FaithCounsellor, ProgramId)],
        Persona.Director => [(Role.ProgramDirector, ProgramId)],
        Persona.Evaluator => [(Role.Evaluator, ProgramId)],
        Persona.OrganisationAdmin => [(Role.OrganisationAdmin, null)],
        Persona.Auditor => [(Role.Auditor, null)],
        Persona.OtherOrganisationDirector => [(Role.ProgramDirector, OtherProgramId)],
        _ => throw new ArgumentOutOfRangeException(nameof(persona), persona, "A persona without roles."),
    };

    private static async Task<AppUser> CreateUserAsync(IServiceProvider services, Guid organisationId, string displayName, string totpSecret)
    {
        var db = services.GetRequiredService<OfframpDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var email = $"{new string([.. displayName.Where(char.IsLetterOrDigit)]).ToLowerInvariant()}.{Guid.NewGuid():N}@test.offramp";

        // The hash of the shared password is computed once: PBKDF2 per account would only slow every fixture down.
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            OrganisationId = organisationId,
            PasswordHash = PasswordHash.Value,
            TwoFactorEnabled = true,
        };
        db.Audit.Record(AuditActions.Create, AuditEntities.User, user.Id);
        Check(await users.CreateAsync(user));
        Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", totpSecret));
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
