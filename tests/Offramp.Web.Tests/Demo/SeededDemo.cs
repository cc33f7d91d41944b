using System.Collections.Concurrent;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Hosting.Demo;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Demo;

/// <summary>
/// The demo as the app seeds it on first start (600 participants, seed 1), once per provider for every test that
/// only reads it: seeding is the slow part, and each test seeding its own copy added minutes to the suite.
/// </summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public const int Participants = 600;

    private readonly ConcurrentDictionary<DatabaseProviderKind, Lazy<Task<(OfframpAppFactory App, DemoWorld World)>>> demos = new();

    public Task<(OfframpAppFactory App, DemoWorld World)> OnAsync(DatabaseProviderKind provider) =>
        demos.GetOrAdd(provider, p => new Lazy<Task<(OfframpAppFactory, DemoWorld)>>(() => SeedAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lazy in demos.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            await (await lazy.Value).App.DisposeAsync();
        }
    }

    private static async Task<(OfframpAppFactory, DemoWorld)> SeedAsync(DatabaseProviderKind provider)
    {
        var app = await OfframpAppFactory.CreateAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        return (app, await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Participants, seed: 1));
    }
}

[CollectionDefinition(Name)]
public sealed class SeededDemoGroup : ICollectionFixture<SeededDemo>
{
    public const string Name = "Seeded demo";
}
