using System.CommandLine.Parsing;

using static Offramp.Cli.Languages.CliText;

namespace Offramp.Cli.Infrastructure;

/// <summary>Enum options parsed by name only (never "3"), case-insensitive, with a message that lists the choices.</summary>
public static class EnumValues
{
    public static T ParseOne<T>(ArgumentResult result, string what)
        where T : struct, Enum
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (TryParseName<T>(token, out var value))
        {
            return value;
        }

        result.AddError(L["Unknown {0} '{1}'. Choose one of: {2}.", what, token, Choices<T>()]);
        return default;
    }

    /// <summary>A flags value from names separated by commas and/or given as several tokens; at least one is required.</summary>
    public static T ParseFlags<T>(ArgumentResult result, string what)
        where T : struct, Enum
    {
        long combined = 0;
        var names = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        foreach (var name in names)
        {
            if (!TryParseName<T>(name, out var value) || Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                result.AddError(L["Unknown {0} '{1}'. Choose from: {2}.", what, name, Choices<T>()]);
                return default;
            }

            combined |= Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (names.Count == 0)
        {
            result.AddError(L["Give at least one {0}: {1}.", what, Choices<T>()]);
        }

        return (T)Enum.ToObject(typeof(T), combined);
    }

    public static string Choices<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 || !typeof(T).IsDefined(typeof(FlagsAttribute), false)).Select(v => v.ToString()));

    private static bool TryParseName<T>(string token, out T value)
        where T : struct, Enum
    {
        value = default;
        return token.Length > 0 && char.IsLetter(token[0]) && !token.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(token, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
