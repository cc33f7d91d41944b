using System.Reflection;

using Offramp.Core.Audit;

namespace Offramp.Reports;

/// <summary>
/// The stored code of every audit action and entity, mapped to its constant's name (the key of its label). Read once
/// from <see cref="AuditActions"/> and <see cref="AuditEntities"/>, so a new constant needs only its label.
/// </summary>
internal static class AuditCodes
{
    public static readonly IReadOnlyDictionary<string, string> Actions = Of<AuditAction>(typeof(AuditActions), a => a.Name);

    public static readonly IReadOnlyDictionary<string, string> Entities = Of<AuditEntity>(typeof(AuditEntities), e => e.Name);

    private static Dictionary<string, string> Of<T>(Type holder, Func<T, string> code) =>
        holder.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(T))
            .ToDictionary(f => code((T)f.GetValue(null)!), f => f.Name, StringComparer.Ordinal);
}
