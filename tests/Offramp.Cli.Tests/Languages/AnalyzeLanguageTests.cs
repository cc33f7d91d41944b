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

    /// <summary>
    /// What the statistics library itself says (why a model cannot be fitted, a problem with the ratings, a small-number
    /// warning under a table) reads in the operator's language, with the translations the evaluation report uses; the
    /// exit code and the English are as before.
    /// </summary>
    [Fact]
    public async Task The_statistics_librarys_refusals_and_warnings_are_in_french_and_in_arabic()
    {
        await using var workspace = WithoutDatabase();
        var noEvents = Path.Combine(workspace.Folder, "no-events.csv");
        await File.WriteAllTextAsync(noEvents, "months,event,age\n3,0,20\n5,0,31\n7,0,44\n");
        string[] cox = ["analyze", "cox", "--csv", noEvents, "--time", "months", "--event", "event", "--covariates", "age"];
        var twice = Path.Combine(workspace.Folder, "twice.csv");
        await File.WriteAllTextAsync(twice, "person,rater,level\np1,ana,1\np1,ben,2\np1,ana,2\n");
        string[] agreement = ["analyze", "agreement", "--csv", twice, "--subject", "person", "--rater", "rater", "--rating", "level"];
        string[] survival = ["analyze", "survival", "--csv", noEvents, "--time", "months", "--event", "event"];

        (await workspace.RunInAsync(English, cox)).ShouldFail(1, "None of the 3 participants has an event: a Cox model needs events to compare hazards.");
        (await workspace.RunInAsync(French, cox)).ShouldFail(1, "Aucun participant (sur 3) n’a d’événement : un modèle de Cox a besoin d’événements pour comparer les risques.");
        (await workspace.RunInAsync(Arabic, cox)).ShouldFail(1, "لم يقع أي حدث لدى أيٍّ من المشاركين (وعددهم 3): يحتاج نموذج كوكس إلى أحداث لمقارنة المخاطر.");

        (await workspace.RunInAsync(English, agreement)).ShouldFail(1, "Rater 'ana' rated subject 'p1' twice (rows 1 and 3 of the ratings");
        (await workspace.RunInAsync(French, agreement)).ShouldFail(1, "L'évaluateur 'ana' a évalué le sujet 'p1' deux fois (lignes 1 et 3 des évaluations");

        var englishTable = (await workspace.RunInAsync(English, survival)).ShouldSucceed();
        var frenchTable = (await workspace.RunInAsync(French, survival)).ShouldSucceed();
        string[] englishWarnings = [.. englishTable.Output.Split('\n').Where(l => l.StartsWith("Warning:", StringComparison.Ordinal))];
        string[] frenchWarnings = [.. frenchTable.Output.Split('\n').Where(l => l.StartsWith("Avertissement :", StringComparison.Ordinal))];
        Assert.Contains(englishWarnings, l => l.StartsWith("Warning: Only 3 participants", StringComparison.Ordinal));
        Assert.Equal(englishWarnings.Length, frenchWarnings.Length);
        Assert.Contains(frenchWarnings, l => l.StartsWith("Avertissement : Seulement 3 ", StringComparison.Ordinal));
        Assert.DoesNotContain(frenchTable.Output.Split('\n'), l => l.StartsWith("Warning:", StringComparison.Ordinal) || l.Contains("Only ", StringComparison.Ordinal));
    }

    /// <summary>`analyze` never opens the database; it still gets a folder to run in.</summary>
    private static CliWorkspace WithoutDatabase() =>
        CliWorkspace.ForConnectionString(DatabaseProviderKind.Sqlite, "Data Source=never-opened.db");
}
