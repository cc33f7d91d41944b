using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Offramp.Core.Audit;

/// <summary>
/// SHA-256 over the previous hash and a canonical, provider-independent form of the event
/// (fixed field order, invariant culture, time in whole microseconds UTC as PostgreSQL stores it).
/// </summary>
public static class AuditHasher
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEvent e)
    {
        var canonical = string.Join(
            '\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            ToMicros(e.OccurredAt).ToString(CultureInfo.InvariantCulture),
            e.UserId?.ToString("N") ?? "",
            e.OrganisationId?.ToString("N") ?? "",
            e.Action,
            e.EntityType,
            e.EntityId?.ToString("N") ?? "",
            e.ParticipantId?.ToString("N") ?? "",
            e.Origin ?? "",
            e.Detail ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Truncate to what every provider stores exactly: PostgreSQL keeps microseconds, but SQLite's binary
    /// DateTimeOffset converter keeps whole 100 µs (ticks / 1000), so anything finer would not survive a round trip.
    /// </summary>
    public static DateTimeOffset Normalise(DateTimeOffset t) =>
        new(t.UtcTicks - (t.UtcTicks % 1000), TimeSpan.Zero);

    private static long ToMicros(DateTimeOffset t) => t.UtcTicks / 10;
}
