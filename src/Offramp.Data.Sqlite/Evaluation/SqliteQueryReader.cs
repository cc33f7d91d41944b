using System.Data.Common;

using Microsoft.Data.Sqlite;

using Offramp.Core.Evaluation.Cohorts;

using SQLitePCL;

namespace Offramp.Data.Sqlite.Evaluation;

/// <summary>
/// Runs an evaluation query through SQLite's statement API on the command's own connection: each column is one call
/// that returns the stored value (an integer, or text as its UTF-8 bytes), where Microsoft.Data.Sqlite's reader checks
/// the column's type and builds a string per text value. Parameters are bound as Microsoft.Data.Sqlite binds them.
/// Busy waits follow the connection's busy_timeout, and a transaction open on the connection is read from, as any
/// statement on it would be.
/// </summary>
public sealed class SqliteQueryReader : INativeQueryReader
{
    /// <summary>Rows between two looks at the cancellation token.</summary>
    private const int CancellationCheck = 65536;

    public bool TryRead(DbCommand command, Action<NativeRow> read, CancellationToken ct)
    {
        if (command.Connection is not SqliteConnection { Handle: { } db } || !TryBindings(command, out var bindings))
        {
            return false;
        }

        Check(db, raw.sqlite3_prepare_v2(db, command.CommandText, out var statement));
        using (statement)
        {
            foreach (var (name, bind) in bindings)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0)
                {
                    throw new InvalidOperationException($"The query has no parameter {name}.");
                }

                Check(db, bind(statement, index));
            }

            var row = new StatementRow(statement);
            int result;
            for (var count = 1; (result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW; count++)
            {
                if (count % CancellationCheck == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                read(row);
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(db, result);
            }
        }

        return true;
    }

    /// <summary>
    /// How to bind each parameter, as Microsoft.Data.Sqlite would: text, integers, and a Guid typed Text (EF's mapping
    /// of a Guid, stored as upper-case TEXT) as that text. Any other value leaves the command to ADO.NET.
    /// </summary>
    private static bool TryBindings(DbCommand command, out List<(string Name, Func<sqlite3_stmt, int, int> Bind)> bindings)
    {
        bindings = [];
        foreach (DbParameter parameter in command.Parameters)
        {
            var name = parameter.ParameterName.Length > 0 && parameter.ParameterName[0] is '@' or '$' or ':' ? parameter.ParameterName : $"@{parameter.ParameterName}";
            Func<sqlite3_stmt, int, int>? bind = parameter.Value switch
            {
                string text => (s, i) => raw.sqlite3_bind_text(s, i, text),
                long integer => (s, i) => raw.sqlite3_bind_int64(s, i, integer),
                int integer => (s, i) => raw.sqlite3_bind_int64(s, i, integer),
                Guid id when parameter is SqliteParameter { SqliteType: SqliteType.Text } =>
                    (s, i) => raw.sqlite3_bind_text(s, i, id.ToString().ToUpperInvariant()),
                _ => null,
            };
            if (bind is null)
            {
                return false;
            }

            bindings.Add((name, bind));
        }

        return true;
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }

    private sealed class StatementRow(sqlite3_stmt statement) : NativeRow
    {
        // For a TEXT value sqlite3_column_blob returns the stored UTF-8 bytes as they are (no conversion, no terminator).
        public override ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);

        public override long WholeNumber(int column) => raw.sqlite3_column_int64(statement, column);
    }
}
