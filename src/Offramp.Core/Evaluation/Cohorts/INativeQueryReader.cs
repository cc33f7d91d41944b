using System.Data.Common;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// A provider's own way to stream a query's rows with typed column reads, for the evaluation load's million-row
/// queries. Through ADO.NET every column read on SQLite is a checked call that builds a string, and the load spent
/// most of its time there rather than in the database. Core knows no provider: the host registers one for its
/// database (src/Offramp.Data.Sqlite), and without one the queries are read through the command's data reader.
/// </summary>
public interface INativeQueryReader
{
    /// <summary>
    /// Runs <paramref name="command"/> (its text and parameters, on its connection) and calls <paramref name="read"/>
    /// once per row. Returns false, having run nothing, when the command is not one this reader can run (another
    /// provider's connection, a parameter of a type it does not bind).
    /// </summary>
    bool TryRead(DbCommand command, Action<NativeRow> read, CancellationToken ct);
}
