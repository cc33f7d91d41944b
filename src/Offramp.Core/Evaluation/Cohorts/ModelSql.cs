using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Table and column names as the EF model maps them, delimited by the provider, so hand-written SQL stays in step with
/// the model on SQLite and PostgreSQL alike; and values converted as the model stores them (enums as text).
/// </summary>
internal sealed class ModelSql(OfframpDbContext db)
{
    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();

    public string Table<T>()
    {
        var entity = Entity<T>();
        return sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    /// <summary>The column of <paramref name="property"/>, qualified by <paramref name="alias"/>.</summary>
    public string Column<T>(string alias, string property)
    {
        var entity = Entity<T>();
        var column = entity.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))!;
        return $"{alias}.{sql.DelimitIdentifier(column)}";
    }

    public string Parameter(string name) => sql.GenerateParameterName(name);

    /// <summary>A parameter typed as the model stores <paramref name="property"/> (e.g. a Guid as TEXT on SQLite).</summary>
    public System.Data.Common.DbParameter CreateParameter<T>(System.Data.Common.DbCommand command, string name, string property, object value)
    {
        var mapping = Entity<T>().FindProperty(property)!.GetRelationalTypeMapping();
        var parameter = mapping.CreateParameter(command, Parameter(name), mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value, nullable: false);
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Stored code of each value of an enum property, to recognise it without parsing per row.</summary>
    public CodeBook<TEnum> Codes<T, TEnum>(string property)
        where TEnum : struct, Enum
    {
        var converter = Entity<T>().FindProperty(property)!.GetRelationalTypeMapping().Converter;
        return new(Enum.GetValues<TEnum>().ToDictionary(v => converter?.ConvertToProvider(v) as string ?? v.ToString(), v => v, StringComparer.Ordinal));
    }

    /// <summary>The stored code of one enum value, as a SQL string literal (codes are enum names: letters only).</summary>
    public string Literal<T, TEnum>(string property, TEnum value)
        where TEnum : struct, Enum
    {
        var converter = Entity<T>().FindProperty(property)!.GetRelationalTypeMapping().Converter;
        var code = converter?.ConvertToProvider(value) as string ?? value.ToString();
        return code.All(char.IsAsciiLetterOrDigit) ? $"'{code}'" : throw new InvalidOperationException($"Unexpected stored code '{code}' for {typeof(TEnum).Name}.");
    }

    /// <summary>How the model reads <paramref name="property"/> back from the column (null when stored as it is).</summary>
    public Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter<T>(string property) =>
        Entity<T>().FindProperty(property)!.GetRelationalTypeMapping().Converter;

    private IEntityType Entity<T>() => db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
