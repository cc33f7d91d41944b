using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

using Offramp.Core.Data;
using Offramp.Core.Participants;

namespace Offramp.Core.KeyManagement;

/// <summary>
/// Every sealed column of the model, found from EF Core's metadata rather than a hand-kept list, so a feature that adds
/// a sealed field is covered by key rotation and erasure without touching them. The convention (kept by every feature):
/// a byte[] property named <c>XSealed</c> on an entity with a Guid <c>Id</c>, sealed with field name <c>X</c>.
/// </summary>
public sealed record SealedColumn(string Table, string Column, string KeyColumn, string? ParticipantColumn, string Field, string Entity)
{
    public const string Suffix = "Sealed";

    public static IReadOnlyList<SealedColumn> Of(OfframpDbContext db)
    {
        var columns = new List<SealedColumn>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()?.Properties is [{ Name: "Id" } id] && id.ClrType == typeof(Guid) ? id : null;
            if (key is null)
            {
                continue;
            }

            var participant = entity.ClrType == typeof(Participant) ? key : entity.FindProperty("ParticipantId") is { } p && p.ClrType == typeof(Guid) ? p : null;
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(byte[]) && p.Name.EndsWith(Suffix, StringComparison.Ordinal) && p.Name.Length > Suffix.Length))
            {
                columns.Add(new SealedColumn(
                    table.Name, property.GetColumnName(table)!, key.GetColumnName(table)!, participant?.GetColumnName(table),
                    property.Name[..^Suffix.Length], entity.ClrType.Name));
            }
        }

        return columns;
    }
}
