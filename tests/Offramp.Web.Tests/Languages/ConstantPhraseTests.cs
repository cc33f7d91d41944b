using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Offramp.TestSupport;

namespace Offramp.Web.Tests.Languages;

/// <summary>
/// <c>Phrase.Of($"… {Label} …")</c> whose every hole is a string constant is folded by the compiler into one constant
/// string: the phrase then has no values, its key is the filled-in text, and the translation written for the template
/// ("… {0} …", which scripts/sync-ui-strings.py collects) is never found, so the reader sees English. Nothing at run
/// time can tell, so the sources are read for it: such a sentence must name its constant through a value that is not
/// constant (or be written out in full).
/// </summary>
public sealed class ConstantPhraseTests
{
    [Fact]
    public void No_phrase_or_statistics_text_is_folded_into_a_constant()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(TestWorld.RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => path, File.ReadAllText);

        Assert.True(sources.Count > 100, $"only {sources.Count} source files found");
        var folded = Folded(sources);
        Assert.True(folded.Count == 0, "These sentences are folded into constants, so their translations are never found:\n" + string.Join("\n", folded));
    }

    /// <summary>The check finds the trap it exists for, and leaves a sentence with a real value alone.</summary>
    [Fact]
    public void The_check_finds_a_folded_sentence_and_only_that()
    {
        const string code = """
            static class Labels { public const string Gender = "Gender"; }
            static class Use
            {
                static void M(int n)
                {
                    const string local = "x";
                    var a = Phrase.Of($"Broken down by {Labels.Gender}.");
                    var b = WarningText.Of($"Only {local} here.");
                    var c = Phrase.Of($"{n} participants by {Labels.Gender}.");
                    var d = Phrase.Of("No holes at all.");
                }
            }
            """;

        var folded = Folded(new Dictionary<string, string> { ["Sample.cs"] = code });

        Assert.Equal(["Sample.cs:7: Phrase.Of($\"Broken down by {Labels.Gender}.\")", "Sample.cs:8: WarningText.Of($\"Only {local} here.\")"], folded);
    }

    private static List<string> Folded(IReadOnlyDictionary<string, string> sources)
    {
        var trees = sources.ToDictionary(s => s.Key, s => CSharpSyntaxTree.ParseText(s.Value).GetCompilationUnitRoot());
        // A constant used by its type's name anywhere ("Labels.Gender"), or by its own name in the file that declares it.
        var qualified = trees.Values.SelectMany(Constants).Select(c => $"{c.Type}.{c.Name}").ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var (path, root) in trees)
        {
            var local = Constants(root).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Of", Expression: IdentifierNameSyntax { Identifier.Text: "Phrase" or "WarningText" } }
                    && call.ArgumentList.Arguments is [{ Expression: InterpolatedStringExpressionSyntax text }]
                    && text.Contents.OfType<InterpolationSyntax>().ToList() is { Count: > 0 } holes
                    && holes.All(h => h.FormatClause is null && h.AlignmentClause is null && NamesConstant(h.Expression, local, qualified)))
                {
                    var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    found.Add($"{Path.GetFileName(path)}:{line}: {call}");
                }
            }
        }

        return found;
    }

    /// <summary>The string constants a file declares, fields and locals, with the type that holds them (only strings fold into a constant).</summary>
    private static IEnumerable<(string Type, string Name)> Constants(CompilationUnitSyntax root) =>
        root.DescendantNodes().OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword)).Select(f => f.Declaration)
            .Concat(root.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Where(l => l.IsConst).Select(l => l.Declaration))
            .Where(d => d.Type is PredefinedTypeSyntax { Keyword.Text: "string" })
            .SelectMany(d => d.Variables.Select(v => (d.Ancestors().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.Text ?? "", v.Identifier.Text)));

    private static bool NamesConstant(ExpressionSyntax expression, HashSet<string> local, HashSet<string> qualified) => expression switch
    {
        IdentifierNameSyntax name => local.Contains(name.Identifier.Text),
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type } member => qualified.Contains($"{type.Identifier.Text}.{member.Name.Identifier.Text}"),
        MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax type } member => qualified.Contains($"{type.Name.Identifier.Text}.{member.Name.Identifier.Text}"),
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
        _ => false,
    };
}
