using System.Globalization;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Data;
using Offramp.TestSupport;

using Xunit;

namespace Offramp.Web.Tests.Architecture;

/// <summary>
/// The web app reads SQLite through a memory map: every page writes audit events, and each commit empties the page cache
/// of the other pooled connections, so buffered reads sent every request back to the OS for every page of the file it
/// touched (bench/pages.sh). The CLI keeps buffered reads (Cli.Tests SqlitePragmasTests).
/// </summary>
public sealed class SqliteReadsTests
{
    [Fact]
    public async Task The_web_apps_connections_map_the_database_file()
    {
        await using var app = await OfframpAppFactory.CreateAsync(DatabaseProviderKind.Sqlite);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OfframpDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA mmap_size";
        var mapped = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        Assert.True(mapped > 0, $"mmap_size is {mapped}");
    }
}
