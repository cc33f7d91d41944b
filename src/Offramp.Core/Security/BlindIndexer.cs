using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Offramp.Core.Security;

/// <summary>
/// HMAC-SHA256 of a normalised value under a dedicated key. Normalising (case, accents, spacing, punctuation)
/// lets "Åsa  Lindqvist" find "asa lindqvist" while the index reveals nothing without the key.
/// </summary>
public sealed class BlindIndexer(KeyRing keys)
{
    public string Hash(string value, string kind)
    {
        var normal = Normalise(value);
        var bytes = HMACSHA256.HashData(keys.BlindIndexKey, Encoding.UTF8.GetBytes($"{kind}:{normal}"));
        return Convert.ToHexString(bytes, 0, 20);
    }

    public static string Normalise(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
