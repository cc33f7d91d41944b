using System.Globalization;
using System.Text;

namespace Offramp.Reports.Plurals;

/// <summary>
/// Counted words in a text: a translation writes <c>{0, plural, one {# month} other {# months}}</c> (the plural
/// argument of ICU MessageFormat) and the form for the number in hole 0 is chosen by <see cref="PluralRules"/>;
/// <c>#</c> stands for the number, written as the hole would be. An exact match (<c>=0 {no months}</c>) goes before
/// the categories, and <c>other</c> is the fallback. What is left is an ordinary composite format ("{0} months") for
/// <see cref="string.Format(IFormatProvider, string, object[])"/>. Only this part of MessageFormat is read: ICU's
/// apostrophe quoting is not, so French and Arabic apostrophes need no escaping.
/// </summary>
public static class PluralForms
{
    private const string Keyword = "plural";

    /// <summary>Whether <paramref name="text"/> has a plural argument (only such texts are parsed).</summary>
    public static bool Has(string text) => text.Contains(", plural,", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> with each plural argument replaced by the form the value takes in
    /// <paramref name="language"/>; a text without one is returned as it is.
    /// </summary>
    public static string Choose(string text, IReadOnlyList<object?> values, string language)
    {
        if (!Has(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            if (Argument.TryRead(text, position, out var argument))
            {
                result.Append(argument.Form(values, language));
                position = argument.End;
                continue;
            }

            result.Append(text[position]);
            position++;
        }

        return result.ToString();
    }

    /// <summary>The forms a text gives for each plural argument, by hole number (what the translation test checks).</summary>
    public static IReadOnlyList<(int Hole, IReadOnlyList<string> Selectors)> Arguments(string text)
    {
        var found = new List<(int, IReadOnlyList<string>)>();
        for (var position = 0; position < text.Length; position++)
        {
            if (Argument.TryRead(text, position, out var argument))
            {
                found.Add((argument.Hole, [.. argument.Forms.Select(f => f.Selector)]));
                position = argument.End - 1;
            }
        }

        return found;
    }

    private sealed record Form(string Selector, string Text);

    private sealed record Argument(int Hole, IReadOnlyList<Form> Forms, int End)
    {
        public string Form(IReadOnlyList<object?> values, string language)
        {
            var value = Hole < values.Count ? values[Hole] : null;
            var exact = value is null ? null : string.Create(CultureInfo.InvariantCulture, $"={value}");
            var category = PluralRules.For(language, value)?.ToString().ToLowerInvariant();
            var chosen = Forms.FirstOrDefault(f => f.Selector == exact)
                ?? Forms.FirstOrDefault(f => f.Selector == category)
                ?? Forms.First(f => f.Selector == "other");
            // "#" is the number, grouped the reader's way when it is whole ("2 000 mois"), as the hole would show it.
            var number = value is int or long or short or uint or ulong or ushort or byte ? $"{{{Hole}:N0}}" : $"{{{Hole}}}";
            return chosen.Text.Replace("#", number, StringComparison.Ordinal);
        }

        /// <summary>Reads "{N, plural, sel {text} … }" at <paramref name="start"/>; false for anything else.</summary>
        public static bool TryRead(string text, int start, out Argument argument)
        {
            argument = null!;
            if (text[start] != '{' || (start > 0 && text[start - 1] == '{'))
            {
                return false;
            }

            var p = start + 1;
            var digits = p;
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            if (p == digits || p - digits > 3)
            {
                return false;
            }

            var hole = int.Parse(text.AsSpan(digits, p - digits), CultureInfo.InvariantCulture);
            if (!Expect(text, ref p, ',') || !ExpectWord(text, ref p, Keyword) || !Expect(text, ref p, ','))
            {
                return false;
            }

            var forms = new List<Form>();
            while (true)
            {
                SkipSpaces(text, ref p);
                if (p >= text.Length)
                {
                    return false;
                }

                if (text[p] == '}')
                {
                    break;
                }

                var selectorStart = p;
                while (p < text.Length && text[p] != '{' && !char.IsWhiteSpace(text[p]))
                {
                    p++;
                }

                var selector = text[selectorStart..p];
                SkipSpaces(text, ref p);
                if (selector.Length == 0 || p >= text.Length || text[p] != '{')
                {
                    return false;
                }

                var body = ++p;
                for (var depth = 1; depth > 0; p++)
                {
                    if (p >= text.Length)
                    {
                        return false;
                    }

                    depth += text[p] switch { '{' => 1, '}' => -1, _ => 0 };
                }

                forms.Add(new Form(selector, text[body..(p - 1)]));
            }

            if (!forms.Any(f => f.Selector == "other"))
            {
                return false;
            }

            argument = new Argument(hole, forms, p + 1);
            return true;
        }

        private static bool Expect(string text, ref int p, char expected)
        {
            SkipSpaces(text, ref p);
            if (p < text.Length && text[p] == expected)
            {
                p++;
                return true;
            }

            return false;
        }

        private static bool ExpectWord(string text, ref int p, string word)
        {
            SkipSpaces(text, ref p);
            if (string.CompareOrdinal(text, p, word, 0, word.Length) == 0)
            {
                p += word.Length;
                return true;
            }

            return false;
        }

        private static void SkipSpaces(string text, ref int p)
        {
            while (p < text.Length && char.IsWhiteSpace(text[p]))
            {
                p++;
            }
        }
    }
}
