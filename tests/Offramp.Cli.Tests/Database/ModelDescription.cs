using System.Globalization;
using System.Text;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Offramp.Cli.Tests.Database;

/// <summary>
/// A model as text, one line per table, column, key, index and foreign key, with everything a query or a write
/// depends on: names, store and CLR types, value converters, nullability, lengths, value generation, concurrency
/// tokens, delete behaviour (what a read-optimized model keeps; default-value SQL and the like are design-time only,
/// and the migrations check those). Two models that read and write the same way describe alike; the lines are sorted, so
/// the order the model was built in does not matter.
/// </summary>
internal static class ModelDescription
{
    public static IReadOnlyList<string> Of(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Create(entity, StoreObjectType.Table);
            var name = entity.Name;
            lines.Add($"{name}: table {entity.GetTableName()}, owned {entity.IsOwned()}, base {entity.BaseType?.Name}, discriminator {entity.GetDiscriminatorValue()}");
            foreach (var property in entity.GetProperties())
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}.{property.Name}: column {(table is { } t ? property.GetColumnName(t) : property.GetColumnName())} {property.GetColumnType()}, " +
                    $"clr {property.ClrType}, provider {property.GetProviderClrType()}, converter {property.GetValueConverter()?.GetType()}, " +
                    $"nullable {property.IsNullable}, max {property.GetMaxLength()}, generated {property.ValueGenerated}, token {property.IsConcurrencyToken}"));
            }

            foreach (var key in entity.GetDeclaredKeys())
            {
                lines.Add($"{name} key {Columns(key.Properties)}: primary {key.IsPrimaryKey()}");
            }

            foreach (var index in entity.GetDeclaredIndexes())
            {
                lines.Add($"{name} index {index.GetDatabaseName()} {Columns(index.Properties)}: unique {index.IsUnique}");
            }

            foreach (var foreignKey in entity.GetDeclaredForeignKeys())
            {
                lines.Add($"{name} foreign key {Columns(foreignKey.Properties)} to {foreignKey.PrincipalEntityType.Name} {Columns(foreignKey.PrincipalKey.Properties)}: " +
                    $"{foreignKey.DeleteBehavior}, required {foreignKey.IsRequired}, unique {foreignKey.IsUnique}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Columns(IEnumerable<IReadOnlyProperty> properties) =>
        new StringBuilder().AppendJoin(", ", properties.Select(p => p.Name)).ToString();
}
