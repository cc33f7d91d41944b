using System.Collections.Concurrent;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Authorization;

/// <summary>A world and its matrix scene per provider, built on first use and shared by the tests of one class.</summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    private readonly WorldFixture worlds = new();
    private readonly ConcurrentDictionary<DatabaseProviderKind, Lazy<Task<MatrixScene>>> scenes = new();

    public Task<MatrixScene> SceneAsync(DatabaseProviderKind provider) =>
        scenes.GetOrAdd(provider, p => new Lazy<Task<MatrixScene>>(async () => await MatrixScene.CreateAsync(await worlds.WorldAsync(p)))).Value;

    public Task InitializeAsync() => worlds.InitializeAsync();

    public Task DisposeAsync() => worlds.DisposeAsync();
}
