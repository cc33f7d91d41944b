using System.Data.Common;
using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Hosting.Database;

namespace Offramp.Cli.Infrastructure;

/// <summary>
/// Turns a failure into one readable message on stderr and an exit code. No stack traces: the person running
/// the command needs to know what to fix, and traces could carry values from the database.
/// </summary>
public static class CliErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        var (exitCode, message) = Describe(exception);
        error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static (int ExitCode, string Message) Describe(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        DomainException domain => (ExitCodes.InvalidInput, FieldErrors(domain)),
        NotFoundException => (ExitCodes.InvalidInput, "the record was not found."),
        ConflictException or ForbiddenException or ConcurrencyException => (ExitCodes.InvalidInput, exception.Message),
        PartlyMigratedDatabaseException partly => (ExitCodes.DatabaseUnavailable, partly.Message),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled."),
        DbUpdateException { InnerException: DbException inner } => (ExitCodes.DatabaseUnavailable, $"the database refused the change: {inner.Message}"),
        DbException db => (ExitCodes.DatabaseUnavailable, $"database: {db.Message}"),
        CryptographicException => (ExitCodes.DatabaseUnavailable,
            "the key ring cannot unlock this database's keys: point Offramp__KeyDirectory at the keys folder that belongs to it."),
        _ => (ExitCodes.Unexpected, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };

    private static string FieldErrors(DomainException domain) =>
        domain.FieldErrors.Count == 0
            ? domain.Message
            : string.Join(" ", domain.FieldErrors.SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}")));
}
