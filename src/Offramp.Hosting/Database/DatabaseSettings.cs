using Microsoft.Extensions.Configuration;

namespace Offramp.Hosting.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database to use: OFFRAMP_DB, else ConnectionStrings:Offramp, else the embedded SQLite file data/offramp.db
/// under the current folder. A PostgreSQL connection string (Host=...) switches provider; the code is the same.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/offramp.db";

    public static DatabaseSettings Resolve(IConfiguration configuration)
    {
        var configured = Environment.GetEnvironmentVariable("OFFRAMP_DB") is { Length: > 0 } env
            ? env
            : configuration.GetConnectionString("Offramp");
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Sqlite(Path.GetFullPath(DefaultSqlitePath));
        }

        if (configured.Contains("Host=", StringComparison.OrdinalIgnoreCase) || configured.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, configured);
        }

        return configured.Contains('=') ? new DatabaseSettings(DatabaseProvider.Sqlite, configured) : Sqlite(Path.GetFullPath(configured));
    }

    public static DatabaseSettings Sqlite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=True");
    }

    /// <summary>The folder next to a SQLite file (or ./data) where the Data Protection key ring is kept by default.</summary>
    public string DefaultKeyDirectory()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var path = ConnectionString.Split(';').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0].Trim().Equals("Data Source", StringComparison.OrdinalIgnoreCase))?[1];
            if (path is not null)
            {
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "keys");
            }
        }

        return Path.GetFullPath("data/keys");
    }
}
