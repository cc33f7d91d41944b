using System.Data.Common;

using Offramp.Hosting.Database;

namespace Offramp.Cli.Infrastructure;

/// <summary>Says which database a command works on without printing its secrets.</summary>
public static class ConnectionDisplay
{
    private const string Hidden = "***";

    public static string Describe(DatabaseSettings database) => database.Provider switch
    {
        DatabaseProvider.Postgres => $"PostgreSQL ({Mask(database.ConnectionString)})",
        _ => $"SQLite ({Mask(database.ConnectionString)})",
    };

    /// <summary>Replaces every password-like value (Password, Pwd, SSL Password, user info of a URL) with ***.</summary>
    public static string Mask(string connectionString)
    {
        if (Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return uri.UserInfo.Contains(':', StringComparison.Ordinal)
                ? connectionString.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":" + Hidden, StringComparison.Ordinal)
                : connectionString;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            // Unparseable: showing any of it could show the secret.
            return Hidden;
        }

        foreach (var key in builder.Keys.Cast<string>().ToList())
        {
            if (key.Contains("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
            {
                builder[key] = Hidden;
            }
        }

        return builder.ConnectionString;
    }
}
