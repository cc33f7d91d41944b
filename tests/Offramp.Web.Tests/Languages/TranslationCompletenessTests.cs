using System.Text.RegularExpressions;

using Offramp.Core.Audit;
using Offramp.Core.Stages;
using Offramp.Reports.Plurals;
using Offramp.Statistics.Regression;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// Nothing reaches a reader untranslated: every English text has a French and an Arabic translation with the same
/// placeholders, every coded value has a label, and every text a page asks for exists. A new text without its
/// translations fails here, and the message lists what is missing (scripts/sync-ui-strings.py reports the same).
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    [Fact]
    public void Every_english_text_has_a_french_and_an_arabic_translation_with_the_same_placeholders()
    {
        foreach (var englishPath in TranslationFiles.English)
        {
            var english = TranslationFiles.Read(englishPath);
            Assert.True(english.Count > 40, $"{englishPath} holds only {english.Count} texts");
            foreach (var culture in TranslationFiles.Cultures)
            {
                var translated = TranslationFiles.Read(TranslationFiles.TranslationOf(englishPath, culture));
                var missing = english.Keys.Where(k => !translated.TryGetValue(k, out var t) || string.IsNullOrWhiteSpace(t)).ToList();
                Assert.True(missing.Count == 0, $"{TranslationFiles.TranslationOf(englishPath, culture)} lacks {missing.Count}: {string.Join(" | ", missing.Take(10))}");
                var lostPlaceholders = english
                    .Where(e => TranslationFiles.Placeholders(e.Value).Order().SequenceEqual(TranslationFiles.Placeholders(translated[e.Key]).Order()) is false)
                    .Select(e => e.Key).ToList();
                Assert.True(lostPlaceholders.Count == 0, $"{culture}: placeholders differ in {string.Join(" | ", lostPlaceholders.Take(10))}");
            }
        }
    }

    /// <summary>
    /// A counted text gives every form its language needs for whole numbers (Arabic six, French one, many and other,
    /// English one and other) and no form its language does not have, so no reader meets "1 participants" or a missing
    /// Arabic dual. A translation may avoid counting ("عدد المشاركين: {0}"), but if it counts, it counts completely.
    /// </summary>
    [Fact]
    public void Every_counted_text_gives_each_form_its_language_needs()
    {
        var counted = 0;
        foreach (var englishPath in TranslationFiles.English)
        {
            foreach (var (culture, path) in TranslationFiles.Cultures.Select(c => (c, TranslationFiles.TranslationOf(englishPath, c))).Prepend(("en", englishPath)))
            {
                var allowed = PluralRules.WholeNumberCategories(culture).Select(c => c.ToString().ToLowerInvariant()).ToHashSet();
                // French "many" is for whole millions ("1 000 000 de participants"); a text may leave those to "other".
                var needed = culture == "fr" ? allowed.Except(["many"]).ToHashSet() : allowed;
                foreach (var (key, text) in TranslationFiles.Read(path).Where(t => PluralForms.Has(t.Value)))
                {
                    var arguments = PluralForms.Arguments(text);
                    Assert.True(arguments.Count > 0, $"{path}: \"{key}\" has a plural argument that does not parse (every argument needs an \"other\" form)");
                    foreach (var (hole, selectors) in arguments)
                    {
                        counted++;
                        var categories = selectors.Where(s => !s.StartsWith('=')).ToHashSet();
                        Assert.True(categories.IsSubsetOf(allowed), $"{path}: \"{key}\" hole {hole} has forms {string.Join(", ", categories.Except(allowed))} that {culture} does not use");
                        Assert.True(needed.IsSubsetOf(categories), $"{path}: \"{key}\" hole {hole} lacks the {string.Join(", ", needed.Except(categories))} form(s) {culture} needs");
                    }
                }
            }
        }

        Assert.True(counted >= 40, $"only {counted} counted holes found");
    }

    [Fact]
    public void Every_coded_value_has_a_label_in_words()
    {
        var labels = TranslationFiles.Read("src/Offramp.Reports/Resources/EnumText.resx");
        var members = new[] { typeof(Stage).Assembly, typeof(CoxTies).Assembly }
            .SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetNames(t).Select(n => $"{t.Name}.{n}"))
            .Concat(typeof(AuditActions).GetFields().Where(f => f.FieldType == typeof(AuditAction)).Select(f => $"AuditAction.{f.Name}"))
            .Concat(typeof(AuditEntities).GetFields().Where(f => f.FieldType == typeof(AuditEntity)).Select(f => $"AuditEntity.{f.Name}"))
            .ToList();

        Assert.True(members.Count > 300, $"only {members.Count} enum members found");
        var unlabelled = members.Where(m => !labels.ContainsKey(m)).ToList();
        Assert.True(unlabelled.Count == 0, $"no label for {string.Join(", ", unlabelled)}: run scripts/sync-ui-strings.py and word them");
        var raw = labels.Where(l => l.Value == l.Key[(l.Key.IndexOf('.', StringComparison.Ordinal) + 1)..] && CamelCase().IsMatch(l.Value)).Select(l => l.Key).ToList();
        Assert.True(raw.Count == 0, $"labels that are still the code's name: {string.Join(", ", raw)}");
    }

    [Fact]
    public void Every_text_a_page_or_the_report_asks_for_is_in_the_english_file()
    {
        var root = TestWorld.RepositoryRoot();
        foreach (var (folder, pattern, file) in new[]
                 {
                     ("src/Offramp.Web", "*.cshtml", "src/Offramp.Web/Resources/SharedResource.resx"),
                     ("src/Offramp.Reports", "*.razor", "src/Offramp.Reports/Resources/ReportText.resx"),
                 })
        {
            var english = TranslationFiles.Read(file);
            var asked = Directory.EnumerateFiles(Path.Combine(root, folder), pattern, SearchOption.AllDirectories)
                .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
                .Distinct().ToList();
            Assert.True(asked.Count > 40, $"only {asked.Count} texts found in {folder}");
            var absent = asked.Where(k => !english.ContainsKey(k)).ToList();
            Assert.True(absent.Count == 0, $"{file} lacks {string.Join(" | ", absent)}: run scripts/sync-ui-strings.py");
        }
    }

    /// <summary>The CLI's own texts, and the analyze commands' (their own file: Offramp.Analysis does not see the CLI's).</summary>
    [Theory]
    [InlineData("src/Offramp.Cli", "src/Offramp.Cli/Resources/CliText.resx", 150)]
    [InlineData("src/Offramp.Analysis", "src/Offramp.Analysis/Resources/AnalysisText.resx", 100)]
    public void Every_text_the_command_line_asks_for_is_in_its_english_file(string project, string file, int atLeast)
    {
        var root = TestWorld.RepositoryRoot();
        var english = TranslationFiles.Read(file);
        var folder = Path.Combine(root, project);
        var asked = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(f => CliKey().Matches(File.ReadAllText(f)).Select(m => Unescape().Replace(m.Groups[1].Value, "$1")))
            .Distinct().ToList();

        Assert.True(asked.Count > atLeast, $"only {asked.Count} texts found in {folder}");
        var absent = asked.Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(absent.Count == 0, $"{file} lacks {string.Join(" | ", absent)}: run scripts/sync-ui-strings.py");
    }

    [GeneratedRegex(@"L\[""([^""\]]+)""\s*[,\]]")]
    private static partial Regex Key();

    /// <summary>A C# string literal after L[ or L.Markup[: the CLI's texts hold quotes (escaped), markup brackets and {0:N0}.</summary>
    [GeneratedRegex(@"\bL(?:\.Markup)?\[""((?:[^""\\]|\\.)*)""\s*[,\]]")]
    private static partial Regex CliKey();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Unescape();

    [GeneratedRegex("^[A-Z][a-z0-9]+[A-Z]")]
    private static partial Regex CamelCase();
}
