using System.ComponentModel.DataAnnotations;

namespace Offramp.Core.Common;

/// <summary>A date that really happened: not in the future (one day's grace for time zones) and not before 1900.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PastDateAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not DateOnly date)
        {
            return ValidationResult.Success;
        }

        var latest = SystemClock.For(validationContext).Today.AddDays(1);
        var name = validationContext.MemberName is { } m ? [m] : Array.Empty<string>();
        if (date > latest)
        {
            return new ValidationResult("The date cannot be in the future.", name);
        }

        return date.Year < 1900 ? new ValidationResult("The date must be after 1900.", name) : ValidationResult.Success;
    }
}

/// <summary>A date within a plausible window (e.g. an expected release may lie in the future).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlausibleDateAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is DateOnly date && (date.Year < 1900 || date.Year > SystemClock.For(validationContext).Today.Year + 60))
        {
            var name = validationContext.MemberName is { } m ? [m] : Array.Empty<string>();
            return new ValidationResult("The date is outside the plausible range (1900 to 60 years ahead).", name);
        }

        return ValidationResult.Success;
    }
}

/// <summary>An enum value must be one of the defined names: "unknown values" are refused, not stored.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefinedEnumAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is Enum e && !Enum.IsDefined(e.GetType(), e) && !e.GetType().IsDefined(typeof(FlagsAttribute), false))
        {
            var name = validationContext.MemberName is { } m ? [m] : Array.Empty<string>();
            return new ValidationResult($"'{value}' is not a known value.", name);
        }

        return ValidationResult.Success;
    }
}

/// <summary>A date of birth: in the past and of someone alive today, so not more than <see cref="MaxAgeYears"/> years ago.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BirthDateAttribute : ValidationAttribute
{
    public const int MaxAgeYears = 120;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not DateOnly date)
        {
            return ValidationResult.Success;
        }

        var today = SystemClock.For(validationContext).Today;
        var name = validationContext.MemberName is { } m ? [m] : Array.Empty<string>();
        if (date >= today)
        {
            return new ValidationResult("The date of birth must be in the past.", name);
        }

        return date < today.AddYears(-MaxAgeYears)
            ? new ValidationResult($"The date of birth is more than {MaxAgeYears} years ago.", name)
            : ValidationResult.Success;
    }
}
