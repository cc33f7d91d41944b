using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.TestSupport;

/// <summary>
/// The real web app (same Program, same services) on a fresh database of the chosen provider, with its own temporary
/// Data Protection key folder, no demo data and environment "Testing". Create it with <see cref="CreateAsync"/>, which
/// starts the host (and so applies the migrations) before returning.
/// </summary>
public sealed class OfframpAppFactory : WebApplicationFactory<Program>
{
    private readonly bool ownsWorkFolder;

    static OfframpAppFactory()
    {
        // asp-append-version makes each host watch wwwroot through a PhysicalFileProvider that the host never disposes, so
        // every test host kept one inotify instance until finalisation. With enough test classes the suite crossed the
        // default limit of 128 per user and hosts failed to start ("The configured user limit (128) on the number of
        // inotify instances has been reached"). A polling watcher needs no inotify instance; tests never edit wwwroot.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private OfframpAppFactory(DatabaseProviderKind provider, string connectionString, string workFolder, bool ownsWorkFolder = true)
    {
        Provider = provider;
        ConnectionString = connectionString;
        WorkFolder = workFolder;
        KeyDirectory = Path.Combine(workFolder, "keys");
        this.ownsWorkFolder = ownsWorkFolder;
    }

    public DatabaseProviderKind Provider { get; }

    /// <summary>The app's database, for the CLI or for raw SQL.</summary>
    public string ConnectionString { get; }

    /// <summary>The Data Protection key folder (Offramp:KeyDirectory) that wraps this app's data keys.</summary>
    public string KeyDirectory { get; }

    /// <summary>A temporary folder owned by this factory (SQLite file, keys); deleted on dispose.</summary>
    public string WorkFolder { get; }

    public static async Task<OfframpAppFactory> CreateAsync(DatabaseProviderKind provider, CancellationToken ct = default)
    {
        // OFFRAMP_DB wins over configuration in DatabaseSettings: a value left in the environment would point every test at one database.
        Environment.SetEnvironmentVariable("OFFRAMP_DB", null);
        var folder = TestDatabase.NewTempFolder();
        var connectionString = await TestDatabase.CreateAsync(provider, folder, ct);
        var factory = new OfframpAppFactory(provider, connectionString, folder);
        try
        {
            _ = factory.Server;
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Another web instance on the same database and key folder, as behind a load balancer (README: shared key storage).
    /// Nothing is shared in memory: its own host, singletons and caches. The first instance owns and deletes the folder.
    /// </summary>
    public OfframpAppFactory SecondInstance()
    {
        var second = new OfframpAppFactory(Provider, ConnectionString, WorkFolder, ownsWorkFolder: false);
        _ = second.Server;
        return second;
    }

    /// <summary>An HTTP client that neither follows redirects nor keeps cookies; adds "Authorization: Bearer" when a token is given.</summary>
    public HttpClient CreateApiClient(string? bearerToken = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a DbContext of a new service scope (no HTTP request: the audit actor is "system").
    /// What a test arranges this way is a fixture, not a use case: if it saves, the trail records one "test fixture" event
    /// over every participant it touched, as seeding does.
    /// </summary>
    public async Task<T> WithDbAsync<T>(Func<OfframpDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(FixtureContext(scope));
    }

    public async Task WithDbAsync(Func<OfframpDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(FixtureContext(scope));
    }

    private static OfframpDbContext FixtureContext(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.Participant, "test fixture");
        return db;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsWorkFolder)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a locked temporary file must not fail a test run.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Offramp", ConnectionString);
        builder.UseSetting("Offramp:KeyDirectory", KeyDirectory);
        builder.UseSetting("Offramp:DemoData", "false");

        // Every test client of a world comes from one in-process "network", and a test class sends far more sign-ins,
        // step-up codes and token requests than a person would: the per-network limits are lifted here and put back to
        // their production values by the tests of the limits themselves (Security/ClientNetworks).
        foreach (var kind in new[] { "SignIn", "StepUp", "Tokens" })
        {
            builder.UseSetting($"Offramp:RateLimits:{kind}:Burst", "1000000");
            builder.UseSetting($"Offramp:RateLimits:{kind}:PerMinute", "1000000");
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
