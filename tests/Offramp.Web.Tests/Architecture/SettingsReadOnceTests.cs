using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Offramp.TestSupport;

using Xunit;

namespace Offramp.Web.Tests.Architecture;

/// <summary>
/// The settings files are read once, at start. A settings file that reloads on change makes ASP.NET Core watch the
/// whole content root with its subfolders, where the SQLite database and its WAL live by default (data/), so every
/// audited page woke the watcher (4% of the server's CPU under bench/pages.sh).
/// </summary>
public sealed class SettingsReadOnceTests
{
    [Fact]
    public async Task No_settings_file_is_watched_for_changes()
    {
        await using var app = await OfframpAppFactory.CreateAsync(DatabaseProviderKind.Sqlite);
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();
        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();
        Assert.NotEmpty(files);
        var watched = files.Where(f => f.Source.ReloadOnChange).Select(f => f.Source.Path).ToList();
        Assert.True(watched.Count == 0, $"reloaded on change: {string.Join(", ", watched)}");
    }
}
