using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Languages;

/// <summary>
/// The analyze commands speak the operator's language too (issue #16): their help and the input errors they report.
/// Option names, exit codes and JSON stay as they are (see <see cref="CliLanguageTests.Json_output_is_byte_identical_in_every_language"/>).
/// </summary>
public sealed class AnalyzeLanguageTests
{
    private static readonly Dictionary<string, string> English = [];
    private static readonly Dictionary<string, string> French = new() { ["OFFRAMP_LANGUAGE"] = "fr" };
    private static readonly Dictionary<string, string> Arabic = new() { ["OFFRAMP_LANGUAGE"] = "ar" };

    [Fact]
    public async Task Analyze_help_is_in_french_and_in_arabic()
    {
        await using var workspace = WithoutDatabase();

        var french = (await workspace.RunInAsync(French, "analyze", "survival", "--help")).ShouldSucceed();
        var arabic = (await workspace.RunInAsync(Arabic, "analyze", "survival", "--help")).ShouldSucceed();
        var frenchGroup = (await workspace.RunInAsync(French, "analyze", "--help")).ShouldSucceed();

        Assert.Contains("Survie de Kaplan–Meier avec censure à droite", french.Output, StringComparison.Ordinal);
        Assert.Contains("Colonne contenant la durée de suivi (par ex. mois depuis la libération).", french.Output, StringComparison.Ordinal);
        Assert.Contains("--conf-level", french.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Column with the follow-up time", french.Output, StringComparison.Ordinal);
        Assert.Contains("البقاء بطريقة كابلان–ماير مع المراقبة من اليمين", arabic.Output, StringComparison.Ordinal);
        Assert.Contains("العمود الذي يحوي مدة المتابعة (مثل الأشهر منذ الإفراج).", arabic.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kaplan–Meier survival with right censoring", arabic.Output, StringComparison.Ordinal);
        Assert.Contains("Statistiques à partir d'un fichier CSV", frenchGroup.Output, StringComparison.Ordinal);
        Assert.Contains("Méta-analyse : combine les tailles d'effet", frenchGroup.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_input_errors_are_in_french_and_in_arabic_with_the_same_exit_code()
    {
        await using var workspace = WithoutDatabase();
        var csv = Path.Combine(workspace.Folder, "followup.csv");
        await File.WriteAllTextAsync(csv, "months,event\n3,1\n5,0\n7,yes\n");
        string[] badLevel = ["analyze", "survival", "--csv", csv, "--time", "months", "--event", "event", "--conf-level", "1.5"];
        string[] badValue = ["analyze", "survival", "--csv", csv, "--time", "months", "--event", "event"];

        (await workspace.RunInAsync(English, badLevel)).ShouldFail(1, "analyze survival: --conf-level must lie between 0 and 1 (got 1.5).");
        (await workspace.RunInAsync(French, badLevel)).ShouldFail(1, "analyze survival: --conf-level doit être compris entre 0 et 1 (valeur reçue : 1.5).");
        (await workspace.RunInAsync(Arabic, badLevel)).ShouldFail(1, "analyze survival: يجب أن تقع قيمة --conf-level بين 0 و1 (القيمة المُعطاة: 1.5).");

        // A value of the wrong kind: the sentence and the problem it names are both worded, the value and column as given.
        (await workspace.RunInAsync(English, badValue)).ShouldFail(1, "Line 4: event value 'yes' must be 0 (censored) or 1 (event).");
        (await workspace.RunInAsync(French, badValue)).ShouldFail(1, "Ligne 4 : la valeur « yes » de event doit valoir 0 (censure) ou 1 (événement).");
        (await workspace.RunInAsync(Arabic, badValue)).ShouldFail(1, "السطر 4: القيمة «yes» في event يجب أن تكون 0 (مراقَبة) أو 1 (حدث).");
    }

    /// <summary>`analyze` never opens the database; it still gets a folder to run in.</summary>
    private static CliWorkspace WithoutDatabase() =>
        CliWorkspace.ForConnectionString(DatabaseProviderKind.Sqlite, "Data Source=never-opened.db");
}
