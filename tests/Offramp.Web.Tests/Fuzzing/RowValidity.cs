using System.ComponentModel.DataAnnotations;
using System.Reflection;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Common;
using Offramp.Core.Participants;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Fuzzing;

/// <summary>
/// What every stored row must satisfy whatever was sent: text within the column's declared length and free of control
/// and directional-override characters (line breaks and tabs only in prose columns, those longer than one line),
/// dates between 1900 and 61 years ahead; and, for the sealed identity of each participant (read back through the API),
/// the same text rules and a date of birth in the past and within 120 years.
/// </summary>
public static class RowValidity
{
    public static async Task<IReadOnlyList<string>> ProblemsAsync(TestWorld world)
    {
        var problems = await world.DbAsync(async db =>
        {
            var found = new List<string>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType && t.BaseType is null && t.FindPrimaryKey() is not null))
            {
                var columns = type.GetProperties()
                    .Where(p => p.PropertyInfo is not null && (p.ClrType == typeof(string) || p.ClrType == typeof(DateOnly) || p.ClrType == typeof(DateOnly?)))
                    .ToList();
                if (columns.Count == 0)
                {
                    continue;
                }

                var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
                foreach (var row in await set.AsNoTracking().ToListAsync())
                {
                    foreach (var column in columns)
                    {
                        var problem = column.PropertyInfo!.GetValue(row) switch
                        {
                            string text => TextRules.Problem(text, column.GetMaxLength() ?? int.MaxValue),
                            DateOnly date when date.Year < 1900 || date > today.AddYears(61) => $"implausible date {date:yyyy-MM-dd}",
                            _ => null,
                        };
                        if (problem is not null)
                        {
                            found.Add($"{type.ClrType.Name}.{column.Name} of {Key(type, row)}: {problem}");
                        }
                    }
                }
            }

            return found;
        });
        return [.. problems, .. await IdentityProblemsAsync(world)];
    }

    private static async Task<IReadOnlyList<string>> IdentityProblemsAsync(TestWorld world)
    {
        var found = new List<string>();
        var participants = await world.DbAsync(db => db.Participants.AsNoTracking().Where(p => p.ProgramId == world.ProgramId).Select(p => p.Id).ToListAsync());
        var birth = new BirthDateAttribute();
        foreach (var id in participants)
        {
            var identity = (await world.GetRecordAsync(id)).Identity;
            foreach (var property in typeof(ParticipantIdentity).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
            {
                var problem = property.GetValue(identity) switch
                {
                    string text => TextRules.Problem(text, TextRules.MaxLengthOf(property)),
                    DateOnly date when birth.GetValidationResult(date, new ValidationContext(identity) { MemberName = property.Name }) != ValidationResult.Success => $"implausible date of birth {date:yyyy-MM-dd}",
                    _ => null,
                };
                if (problem is not null)
                {
                    found.Add($"Participant {id} identity {property.Name}: {problem}");
                }
            }
        }

        return found;
    }

    private static string Key(Microsoft.EntityFrameworkCore.Metadata.IEntityType type, object row) =>
        string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo?.GetValue(row)?.ToString() ?? "?"));
}
