using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Hosting.Demo;
using Offramp.Web;

namespace Offramp.Browser.Tests;

/// <summary>
/// The real app on a real Kestrel port over a fresh SQLite file, with the demo organisation and accounts
/// (no synthetic participants unless a subclass asks for them), so the browser drives exactly what a user would.
/// </summary>
public class LiveApp : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "offramp-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("OFFRAMP_DB", null);
        app = OfframpWebApp.Build(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Testing",
            $"--contentRoot={WebProjectFolder()}",
            $"--ConnectionStrings:Offramp=Data Source={Path.Combine(folder, "offramp.db")}",
            $"--Offramp:KeyDirectory={Path.Combine(folder, "keys")}",
            "--Offramp:DemoData=false",
        ]);
        await OfframpWebApp.PrepareAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(SyntheticParticipants, Seed);
            await AfterSeedAsync(scope.ServiceProvider);
        }

        await app.StartAsync();
        BaseUrl = app.Urls.First();
    }

    /// <summary>How many synthetic participants the demo seed adds: none, so journeys start from an empty caseload.</summary>
    protected virtual int SyntheticParticipants => 0;

    /// <summary>The demo seed's random seed, so a journey sees the same synthetic cases every run.</summary>
    protected virtual int Seed => 1;

    /// <summary>A subclass reads what it needs from the seeded database here, before the app starts.</summary>
    protected virtual Task AfterSeedAsync(IServiceProvider services) => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The Web project folder, so its wwwroot (styles) is served as in production.</summary>
    private static string WebProjectFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Offramp.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? AppContext.BaseDirectory : Path.Combine(dir.FullName, "src", "Offramp.Web");
    }
}
