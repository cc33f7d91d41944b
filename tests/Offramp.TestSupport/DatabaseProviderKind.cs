namespace Offramp.TestSupport;

/// <summary>The two databases every data test runs on.</summary>
public enum DatabaseProviderKind
{
    /// <summary>The embedded default: a SQLite file in a temporary folder.</summary>
    Sqlite,

    /// <summary>A fresh database on the test run's own PostgreSQL 15 (see <see cref="PostgresServer"/>).</summary>
    Postgres,
}
