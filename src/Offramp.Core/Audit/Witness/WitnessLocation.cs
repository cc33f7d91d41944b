namespace Offramp.Core.Audit.Witness;

/// <summary>
/// Where the append-only witness file lives (Offramp:AuditWitness; by default audit-witness.jsonl in the key directory,
/// which a database writer cannot reach). Null when switched off ("off"), which only a scratch check of a backup does.
/// </summary>
public sealed record WitnessLocation(string? Path)
{
    public const string FileName = "audit-witness.jsonl";

    public static WitnessLocation Resolve(string? configured, string keyDirectory) => configured switch
    {
        null or "" => new(System.IO.Path.Combine(keyDirectory, FileName)),
        "off" => new((string?)null),
        _ => new(configured),
    };
}
