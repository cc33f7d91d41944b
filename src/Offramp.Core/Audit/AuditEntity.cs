namespace Offramp.Core.Audit;

/// <summary>What an audit event is about (its stored EntityType). The only instances are those in <see cref="AuditEntities"/>.</summary>
public sealed class AuditEntity
{
    internal AuditEntity(string name) => Name = name;

    public string Name { get; }

    public static implicit operator string(AuditEntity entity) => entity.Name;

    public override string ToString() => Name;
}
