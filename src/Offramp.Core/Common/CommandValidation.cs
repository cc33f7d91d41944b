using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Common;

/// <summary>Runs the data annotations of a command (recursively for nested objects) and throws one DomainException with every field error.</summary>
public static class CommandValidation
{
    public static void Ensure(object command)
    {
        var errors = new Dictionary<string, List<string>>();
        Collect(command, "", errors);
        if (command is IValidatableCommand self)
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

    private static void Collect(object instance, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                Add(errors, prefix + member, result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var property in instance.GetType().GetProperties())
        {
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.GetIndexParameters().Length == 0 &&
                property.PropertyType.Namespace?.StartsWith("Offramp", StringComparison.Ordinal) == true &&
                property.GetValue(instance) is { } nested)
            {
                Collect(nested, prefix + property.Name + ".", errors);
            }
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }
}

/// <summary>Cross-field rules a command checks itself (e.g. release not before custody start).</summary>
public interface IValidatableCommand
{
    IEnumerable<(string Field, string Message)> Check();
}
