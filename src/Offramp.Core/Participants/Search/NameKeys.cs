using System.Text;

using Offramp.Core.Security;

namespace Offramp.Core.Participants.Search;

/// <summary>
/// The keys a name is found by, besides the whole name: each word of it, its first letters, and how it sounds. Each
/// becomes a blind index (an HMAC under the index key), so the database holds no name and no key in clear. See
/// docs/search.md for what each index reveals to someone holding the database, and why results are checked after
/// decrypting.
/// </summary>
public static class NameKeys
{
    /// <summary>How many first letters the prefix index keeps: few enough that one prefix matches many people.</summary>
    public const int PrefixLength = 3;

    /// <summary>The words of a name, normalised (case, accents, punctuation), of two letters or more.</summary>
    public static IEnumerable<string> Tokens(string? name) =>
        BlindIndexer.Normalise(name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length >= 2).Distinct();

    /// <summary>The first letters of a word, or null when the word is too short to have a prefix worth indexing.</summary>
    public static string? Prefix(string token) => token.Length >= PrefixLength ? token[..PrefixLength] : null;

    /// <summary>
    /// A sound key for names written in Latin letters from Arabic, Somali, Hausa, Tamil and European spellings:
    /// vowels and the half-vowels y and w dropped, the usual transliteration pairs merged (kh/ch → x, sh/sch → s,
    /// dh/th/z → s, gh → g, dj/j/g → j, q/c/ck → k, ph → f, ou → u), doubled letters made one. So Mohammed, Muhammad and
    /// Mohamed share "mhmd", Hussein and Husayn "hsn", Youssef and Yusuf "sf". Null when nothing is left.
    /// </summary>
    public static string? Sound(string token)
    {
        var s = new StringBuilder(token.ToLowerInvariant())
            .Replace("sch", "s").Replace("kh", "x").Replace("ch", "x").Replace("sh", "s").Replace("dh", "s").Replace("th", "s")
            .Replace("gh", "G").Replace("dj", "j").Replace("ph", "f").Replace("ck", "k").Replace("ou", "u")
            .Replace('z', 's').Replace('q', 'k').Replace('c', 'k').Replace('g', 'j').Replace('G', 'g')
            .ToString();
        var key = new StringBuilder(s.Length);
        foreach (var c in s.Where(c => char.IsLetter(c) && "aeiouyw".IndexOf(c, StringComparison.Ordinal) < 0))
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.Length >= 2 ? key.ToString() : null;
    }

    /// <summary>Whether a word typed in a search matches a word of a name: the same word, its beginning, or the same sound.</summary>
    public static NameMatch Match(string searched, string nameToken) =>
        searched == nameToken ? NameMatch.Word
        : searched.Length >= PrefixLength && nameToken.StartsWith(searched, StringComparison.Ordinal) ? NameMatch.Beginning
        : Sound(searched) is { } sound && sound == Sound(nameToken) ? NameMatch.Sound
        : NameMatch.None;
}

/// <summary>How well a searched word matched, best first.</summary>
public enum NameMatch
{
    Word,
    Beginning,
    Sound,
    None,
}
