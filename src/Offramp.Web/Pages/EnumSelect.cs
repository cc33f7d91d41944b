using System.Text.RegularExpressions;

namespace Offramp.Web.Pages;

/// <summary>A select for an enum, labelled in words ("AlternativeToProsecution" reads "Alternative to prosecution").</summary>
public sealed partial record EnumSelect(string Id, string Name, IReadOnlyList<string> Values, string? Selected)
{
    public static EnumSelect For<TEnum>(string name, TEnum selected)
        where TEnum : struct, Enum =>
        new(name.Replace('.', '_'), name, Enum.GetNames<TEnum>(), selected.ToString());

    public string Label(string value)
    {
        var words = Words().Replace(value, " $1").Trim();
        return words.Length == 0 ? value : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}
