namespace Offramp.Core.Audit;

/// <summary>What happened, as stored in an audit event's Action. The only instances are those in <see cref="AuditActions"/>.</summary>
public sealed class AuditAction
{
    internal AuditAction(string name) => Name = name;

    public string Name { get; }

    public static implicit operator string(AuditAction action) => action.Name;

    public override string ToString() => Name;
}
