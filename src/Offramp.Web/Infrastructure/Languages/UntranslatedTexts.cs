using Offramp.Core.Common;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// What an imported file (an instrument, a codebook, a program template) still lacks in each language other than English, for the admin
/// who can send a fuller file: the English texts that readers of that language see untranslated.
/// </summary>
/// <param name="Title">The file's name and version, for the heading.</param>
/// <param name="Id">Unique on the page, for the heading's id.</param>
public sealed record UntranslatedTexts(string Title, Guid Id, IReadOnlyDictionary<string, IReadOnlyList<string>> ByLanguage, int Total)
{
    public static UntranslatedTexts Of(string title, Guid id, int total, Func<string, IReadOnlyList<string>> untranslated) =>
        new(title, id, TranslatableText.Languages.Where(l => l != TranslatableText.Source).ToDictionary(l => l, untranslated), total);

    public bool Any => ByLanguage.Values.Any(texts => texts.Count > 0);

    /// <summary>How to add the missing texts, in the reader's language, where it is not by importing the file again.</summary>
    public string? Hint { get; init; }
}
