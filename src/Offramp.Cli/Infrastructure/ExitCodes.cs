namespace Offramp.Cli.Infrastructure;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input or a refused request: unknown organisation, short password, duplicate role.</summary>
    public const int InvalidInput = 1;

    /// <summary>`audit verify` found a broken chain.</summary>
    public const int AuditChainBroken = 2;

    /// <summary>The database or key ring cannot be reached or is not ready (e.g. not migrated).</summary>
    public const int DatabaseUnavailable = 3;

    /// <summary>`evidence verify` refused the file: unsigned, tampered, schema-invalid, or not signed by the expected key.</summary>
    public const int EvidenceRejected = 4;

    /// <summary>A failure the CLI did not anticipate (a bug): reported by type and message.</summary>
    public const int Unexpected = 70;

    /// <summary>Interrupted with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
