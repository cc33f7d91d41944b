using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Offramp.Core.Common;

/// <summary>
/// The one place that says what text the record accepts; <see cref="CommandValidation"/> applies it to every text field
/// of every command (nested objects and list items too), so no field can be left without a limit.
/// <list type="bullet">
/// <item>A field declares its own limit with [StringLength] or [MaxLength]; one that declares none gets <see cref="DefaultMaxLength"/>.</item>
/// <item>Fields allowed more than <see cref="LongestSingleLine"/> characters are prose (notes, reasons, addresses) and may keep
/// line breaks and tabs. Shorter ones are names, codes and labels: one line.</item>
/// <item>No field takes other control characters (NUL, escape, ...), bidirectional embedding, override or isolate characters
/// (U+202A-U+202E, U+2066-U+2069: they make "exe.txt" read as "txt.exe" in a list of names) or broken UTF-16.
/// They are refused with a field message rather than silently stripped, so what is stored is exactly what was typed.</item>
/// </list>
/// </summary>
public static class TextRules
{
    /// <summary>The limit of a text field that declares none: one line of text.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>Up to this many characters a field is a single line; longer fields are prose.</summary>
    public const int LongestSingleLine = 200;

    /// <summary>The limit a property declares, or <see cref="DefaultMaxLength"/>.</summary>
    public static int MaxLengthOf(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength
        ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length
        ?? DefaultMaxLength;

    /// <summary>Whether a property declares its own limit (then data annotations already report the length).</summary>
    public static bool DeclaresLength(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>() is not null || property.GetCustomAttribute<MaxLengthAttribute>() is not null;

    /// <summary>What is wrong with <paramref name="value"/> in a field of <paramref name="maxLength"/> characters, or null.</summary>
    public static Phrase? Problem(string value, int maxLength, bool checkLength = true)
    {
        if (checkLength && value.Length > maxLength)
        {
            return Phrase.Of($"At most {maxLength:N0} characters.");
        }

        var prose = maxLength > LongestSingleLine;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsDirectionalFormatting(c))
            {
                return "Right-to-left override and other directional formatting characters are not allowed.";
            }

            if (char.IsControl(c) && !(prose && c is '\n' or '\r' or '\t'))
            {
                return prose
                    ? "Control characters are not allowed (line breaks and tabs are)."
                    : "Control characters, line breaks and tabs are not allowed in a one-line field.";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "The text contains an invalid character.";
            }
        }

        return null;
    }

    /// <summary>Embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069). Marks (U+200E/F) stay: names in mixed scripts need them.</summary>
    public static bool IsDirectionalFormatting(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
