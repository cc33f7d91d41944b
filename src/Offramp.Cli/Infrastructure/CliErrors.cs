using System.Data.Common;
using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;

using Offramp.Cli.Languages;
using Offramp.Core.Common;
using Offramp.Hosting.Database;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Infrastructure;

/// <summary>
/// Turns a failure into one readable message on stderr and an exit code. No stack traces: the person running
/// the command needs to know what to fix, and traces could carry values from the database. The message is in the
/// reader's language (see <see cref="CliLanguage"/>); the exit code never depends on it.
/// </summary>
public static class CliErrors
{
    public static int Report(Exception exception, TextWriter error)
    {
        var (exitCode, message) = Describe(exception);
        error.WriteLine(L["error: {0}", message]);
        return exitCode;
    }

    private static (int ExitCode, string Message) Describe(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        DomainException domain => (ExitCodes.InvalidInput, FieldErrors(domain)),
        NotFoundException => (ExitCodes.InvalidInput, L["the record was not found."]),
        ConflictException conflict => (ExitCodes.InvalidInput, CoreWording.Say(conflict.Wording, conflict.Message)),
        ForbiddenException forbidden => (ExitCodes.InvalidInput, CoreWording.Say(forbidden.Wording, forbidden.Message)),
        ConcurrencyException => (ExitCodes.InvalidInput, CoreWording.Say(null, exception.Message)),
        PartlyMigratedDatabaseException partly => (ExitCodes.DatabaseUnavailable, partly.Message),
        OperationCanceledException => (ExitCodes.Cancelled, L["cancelled."]),
        DbUpdateException { InnerException: DbException inner } => (ExitCodes.DatabaseUnavailable, L["the database refused the change: {0}", inner.Message]),
        DbException db => (ExitCodes.DatabaseUnavailable, L["database: {0}", db.Message]),
        CryptographicException => (ExitCodes.DatabaseUnavailable,
            L["the key ring cannot unlock this database's keys: point Offramp__KeyDirectory at the keys folder that belongs to it."]),
        _ => (ExitCodes.Unexpected, L["unexpected {0}: {1}", exception.GetType().Name, exception.Message]),
    };

    private static string FieldErrors(DomainException domain) =>
        domain.FieldWordings.Count == 0
            ? CoreWording.Say(domain.Wording, domain.Message)
            : string.Join(" ", domain.FieldWordings.SelectMany(f => f.Value.Select(m => $"{f.Key}: {CoreWording.Say(m)}")));
}
