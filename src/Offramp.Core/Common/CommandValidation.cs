using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Offramp.Core.Common;

/// <summary>
/// Runs the data annotations of a command (recursively for nested objects and list items), the <see cref="TextRules"/>
/// on every text field, and the command's own <see cref="IValidatableCommand.Check"/>; throws one DomainException with
/// every field error.
/// <para>
/// Before a command's own rules run, its shape is checked: a list sent as null, a null list item, or null for a nested
/// object the command does not declare optional is a field error ("Goals", "Goals[2]"), not a NullReferenceException deep
/// in a use case; null for text the command does not declare optional is empty text. A JSON body and a form both reach the use case through here, so one rule serves the API and the pages.
/// </para>
/// </summary>
public static class CommandValidation
{
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> Shapes = new();

    public static void Ensure(object command)
    {
        var errors = new Dictionary<string, List<Phrase>>();
        var wellFormed = Collect(command, "", errors, 0);

        // A command's own rules may walk its lists: with a hole in the shape they would throw, so they wait for a whole command.
        if (wellFormed && command is IValidatableCommand self)
        {
            foreach (var (field, message) in self.Check())
            {
                Add(errors, field, message);
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    /// <summary>Validates <paramref name="instance"/> into <paramref name="errors"/>; false when a value is missing that code would dereference.</summary>
    private static bool Collect(object instance, string prefix, Dictionary<string, List<Phrase>> errors, int depth)
    {
        var wellFormed = true;
        var shape = ShapeOf(instance.GetType());

        // Text the command does not declare optional but that came as null (JSON null, an empty form field) is empty
        // text: the field's own rules ([Required], Check) then answer with their own message.
        foreach (var member in shape.Where(m => m.Kind == MemberKind.Text && !m.Nullable && m.Property.GetValue(instance) is null))
        {
            member.Property.SetValue(instance, "");
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                Add(errors, prefix + member, result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var member in shape)
        {
            var field = prefix + member.Property.Name;
            var value = member.Property.GetValue(instance);
            if (value is null)
            {
                if (!member.Nullable && member.Kind is MemberKind.List or MemberKind.Nested)
                {
                    wellFormed = false;
                    if (!errors.ContainsKey(field))
                    {
                        Add(errors, field, member.Kind == MemberKind.List ? "Send a list ([] for none), not null." : "A value is required.");
                    }
                }

                continue;
            }

            switch (member.Kind)
            {
                case MemberKind.Text:
                    if (TextRules.Problem((string)value, member.MaxLength, checkLength: !member.DeclaresLength) is { } problem)
                    {
                        Add(errors, field, problem);
                    }

                    break;
                case MemberKind.Nested when depth < MaxDepth:
                    wellFormed &= Collect(value, field + ".", errors, depth + 1);
                    break;
                case MemberKind.List:
                    wellFormed &= CollectItems((IEnumerable)value, member, field, errors, depth);
                    break;
            }
        }

        return wellFormed;
    }

    private static bool CollectItems(IEnumerable items, Member member, string field, Dictionary<string, List<Phrase>> errors, int depth)
    {
        var wellFormed = true;
        var index = 0;
        foreach (var item in items)
        {
            var itemField = $"{field}[{index++}]";
            switch (item)
            {
                case null when !member.ItemsNullable:
                    wellFormed = false;
                    Add(errors, itemField, "A list cannot contain null.");
                    break;
                case string text when TextRules.Problem(text, TextRules.DefaultMaxLength) is { } problem:
                    Add(errors, itemField, problem);
                    break;
                case { } nested when IsOfframpClass(nested.GetType()) && depth < MaxDepth:
                    wellFormed &= Collect(nested, itemField + ".", errors, depth + 1);
                    break;
            }
        }

        return wellFormed;
    }

    private static Member[] ShapeOf(Type type) => Shapes.GetOrAdd(type, t =>
    {
        // Not thread-safe, hence one per shape; the shapes are cached, so this runs once per command type.
        var nullability = new NullabilityInfoContext();
        return
        [
            .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetMethod is { IsPublic: true } && p.SetMethod is not null && p.GetIndexParameters().Length == 0)
                .Select(p => Member.Of(p, nullability.Create(p))),
        ];
    });

    private static bool IsOfframpClass(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Offramp", StringComparison.Ordinal) == true;

    private static void Add(Dictionary<string, List<Phrase>> errors, string field, Phrase message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    private enum MemberKind
    {
        Other,
        Text,
        Nested,
        List,
    }

    private sealed record Member(PropertyInfo Property, MemberKind Kind, bool Nullable, bool ItemsNullable, int MaxLength, bool DeclaresLength)
    {
        public static Member Of(PropertyInfo property, NullabilityInfo nullability)
        {
            var type = property.PropertyType;
            var kind = type == typeof(string) ? MemberKind.Text
                : IsOfframpClass(type) ? MemberKind.Nested
                : typeof(IEnumerable).IsAssignableFrom(type) && !type.IsValueType ? MemberKind.List
                : MemberKind.Other;
            var item = nullability.ElementType ?? nullability.GenericTypeArguments.FirstOrDefault();
            var itemsNullable = item is null || item.ReadState == NullabilityState.Nullable || System.Nullable.GetUnderlyingType(item.Type) is not null;
            return new Member(property, kind, nullability.ReadState != NullabilityState.NotNull, itemsNullable,
                TextRules.MaxLengthOf(property), TextRules.DeclaresLength(property));
        }
    }
}

/// <summary>Cross-field rules a command checks itself (e.g. release not before custody start).</summary>
public interface IValidatableCommand
{
    IEnumerable<(string Field, Phrase Message)> Check();
}
