using System.Text.RegularExpressions;

using Microsoft.Extensions.Localization;

namespace Offramp.Reports;

/// <summary>
/// Words for coded values in the reader's language: what a person sees instead of the enum's name. A flag set reads as
/// its flags joined ("Identity, Plan"). A member the resources do not know yet reads as its name split into words,
/// never as the raw name; the resource test makes sure that never ships.
/// </summary>
public sealed partial class EnumLabels(IStringLocalizer<EnumText> text)
{
    public string this[Enum value] => Of(value);

    public string Of(Enum value)
    {
        var type = value.GetType();
        if (type.IsDefined(typeof(FlagsAttribute), false) && !Enum.IsDefined(type, value))
        {
            var set = Enum.GetValues(type).Cast<Enum>().Where(f => Convert.ToUInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f));
            return string.Join(", ", set.Select(One));
        }

        return One(value);
    }

    /// <summary>Labels a member given by name, as a form posts it or a stored text holds it.</summary>
    public string Of(Type enumType, string member) =>
        Enum.TryParse(enumType, member, out var value) ? Of((Enum)value) : member;

    /// <summary>An audit event's action in words, from the code the trail stores ("read", "DISCLOSURE"); an unknown code reads as itself.</summary>
    public string AuditAction(string code) => Typed(AuditCodes.Actions, "AuditAction", code);

    /// <summary>What an audit event is about in words, from the code the trail stores ("follow-up").</summary>
    public string AuditEntity(string code) => Typed(AuditCodes.Entities, "AuditEntity", code);

    public string Join<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => string.Join(", ", values.Select(v => Of(v)));

    private string One(Enum value)
    {
        var label = text[$"{value.GetType().Name}.{value}"];
        return label.ResourceNotFound ? Words().Replace(value.ToString(), " $1").Trim() : label.Value;
    }

    private string Typed(IReadOnlyDictionary<string, string> members, string kind, string code)
    {
        if (!members.TryGetValue(code, out var member))
        {
            return code;
        }

        var label = text[$"{kind}.{member}"];
        return label.ResourceNotFound ? Words().Replace(member, " $1").Trim() : label.Value;
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
