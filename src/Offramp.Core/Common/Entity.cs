namespace Offramp.Core.Common;

/// <summary>Base for every record a user can edit: a sortable id and a version for optimistic concurrency.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Incremented on every save; the API exposes it as the ETag so a stale write answers 412.</summary>
    public int Version { get; set; } = 1;
}
