using System.Collections.Concurrent;

using Xunit;

namespace Offramp.TestSupport;

/// <summary>
/// One <see cref="TestWorld"/> per provider for a test class (use as IClassFixture), created on first use so a run
/// filtered to one provider starts only that one.
/// </summary>
public sealed class WorldFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProviderKind, Lazy<Task<TestWorld>>> worlds = new();

    public Task<TestWorld> WorldAsync(DatabaseProviderKind provider) =>
        worlds.GetOrAdd(provider, p => new Lazy<Task<TestWorld>>(() => TestWorld.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lazy in worlds.Values.Where(l => l.IsValueCreated))
        {
            if (lazy.Value.IsCompletedSuccessfully)
            {
                await (await lazy.Value).DisposeAsync();
            }
        }
    }
}
