using System.Globalization;

namespace Offramp.Cli.Languages;

/// <summary>
/// The language the CLI speaks to the person at the terminal: OFFRAMP_LANGUAGE (en, fr, ar or a culture such as fr-BE),
/// else the POSIX locale in its precedence (LC_ALL, then LC_MESSAGES, then LANG, e.g. fr_FR.UTF-8). C, POSIX, nothing
/// set or a language Offramp does not speak reads as English. Only the words change: the parsing culture stays
/// invariant, so a number or date in an argument or a CSV file means the same whatever the operator's locale.
/// </summary>
public static class CliLanguage
{
    public const string Variable = "OFFRAMP_LANGUAGE";

    private static readonly string[] Spoken = ["en", "fr", "ar"];

    /// <summary>The POSIX variables in the order the first one set wins.</summary>
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>Called once, before the command tree is built, so help texts and messages are in the chosen language.</summary>
    public static void Apply()
    {
        var language = Choose(Environment.GetEnvironmentVariable);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = language;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = language;
    }

    public static CultureInfo Choose(Func<string, string?> environment)
    {
        var setting = environment(Variable) is { Length: > 0 } own
            ? own
            : LocaleVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var language = LanguageOf(setting);
        return CultureInfo.GetCultureInfo(Spoken.Contains(language, StringComparer.Ordinal) ? language : "en");
    }

    /// <summary>"fr_FR.UTF-8@euro", "fr-BE" and "FR" all read "fr"; "C" and "POSIX" read as themselves and fall back to English.</summary>
    private static string LanguageOf(string? setting) =>
        (setting ?? "").Split('.', '@')[0].Split('_', '-')[0].Trim().ToLowerInvariant();
}
