using System.Text.RegularExpressions;

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

        // Arabic counts nouns by number (3 to 10 take another form than 11 to 99): the warning names the number of
        // participants rather than counting a noun it cannot inflect ("3 مشاركًا" is wrong).
        var arabicTable = (await workspace.RunInAsync(Arabic, survival)).ShouldSucceed();
        Assert.Contains("عدد المشاركين 3 فقط: ", arabicTable.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("3 مشاركًا", arabicTable.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The tables' sentences, headings and notes read in the operator's language; the figures are as in English
    /// (invariant, as R prints them) and the English is as before.
    /// </summary>
    [Fact]
    public async Task Analyze_tables_are_in_french_and_in_arabic()
    {
        await using var workspace = WithoutDatabase();
        var followUp = Path.Combine(workspace.Folder, "follow-up.csv");
        await File.WriteAllTextAsync(followUp, "months,event,arm\n3,1,a\n5,0,a\n7,1,a\n9,1,a\n11,0,a\n2,1,b\n4,1,b\n6,0,b\n8,1,b\n10,1,b\n");
        var outcomes = Path.Combine(workspace.Folder, "outcomes.csv");
        await File.WriteAllTextAsync(outcomes, "outcome,group\nyes,a\nno,a\nyes,a\nyes,a\nno,b\nno,b\nyes,b\nno,b\n");
        var studies = Path.Combine(workspace.Folder, "studies.csv");
        await File.WriteAllTextAsync(studies, "study,yi,vi\ns1,0.1,0.02\ns2,0.5,0.04\ns3,0.2,0.01\ns4,-0.1,0.03\n");
        string[] survival = ["analyze", "survival", "--csv", followUp, "--time", "months", "--event", "event", "--group", "arm", "--times", "4,100"];
        string[] cox = ["analyze", "cox", "--csv", followUp, "--time", "months", "--event", "event", "--covariates", "arm"];
        string[] compare = ["analyze", "compare", "--csv", outcomes, "--outcome", "outcome", "--group", "group"];
        string[] meta = ["analyze", "meta", "--csv", studies, "--yi", "yi", "--vi", "vi", "--study", "study"];

        var english = string.Join("\n", await Outputs(workspace, English, survival, cox, compare, meta));
        var french = string.Join("\n", await Outputs(workspace, French, survival, cox, compare, meta));
        var arabic = string.Join("\n", await Outputs(workspace, Arabic, survival, cox, compare, meta));

        string[] englishSentences =
        [
            "Survival — " + followUp + ": 10 participants",
            "degrees of freedom, p = ",
            "Note: Time 100 is after the last follow-up (11): nothing can be said about survival there, so it is left out.",
            "Cox regression — " + followUp + ": 10 participants, 7 events; ties: efron",
            "arm: compared with a",
            "Concordance: ",
            "Percentages are of the group's row, with Wilson intervals.",
            "Between-study variance τ² = ",
            "Test for heterogeneity: Q = ",
            "of the variability is between studies",
            "Median time to event",
        ];
        foreach (var sentence in englishSentences)
        {
            Assert.Contains(sentence, english, StringComparison.Ordinal);
            Assert.DoesNotContain(sentence, french, StringComparison.Ordinal);
            Assert.DoesNotContain(sentence, arabic, StringComparison.Ordinal);
        }

        Assert.Contains("Survie — " + followUp + " (participants : 10)", french, StringComparison.Ordinal);
        Assert.Contains("Khi-deux = ", french, StringComparison.Ordinal);
        Assert.Contains(", degrés de liberté : 1, p = ", french, StringComparison.Ordinal);
        Assert.Contains("Remarque : Le temps 100 se situe après le dernier suivi (11) : rien ne peut être dit de la survie à ce moment, il est donc omis.", french, StringComparison.Ordinal);
        Assert.Contains("Délai médian jusqu'à l'événement", french, StringComparison.Ordinal);
        Assert.Contains("Régression de Cox — " + followUp + " (participants : 10 ; événements : 7) ; ex aequo : efron", french, StringComparison.Ordinal);
        Assert.Contains("arm : comparé à a", french, StringComparison.Ordinal);
        Assert.Contains("Concordance : ", french, StringComparison.Ordinal);
        Assert.Contains("Les pourcentages portent sur la ligne du groupe, avec des intervalles de Wilson.", french, StringComparison.Ordinal);
        Assert.Contains("Comparaison de outcome selon group — " + outcomes + " (participants : 8)", french, StringComparison.Ordinal);
        Assert.Contains("Variance inter-études τ² = ", french, StringComparison.Ordinal);
        Assert.Contains("Test d'hétérogénéité : Q = ", french, StringComparison.Ordinal);
        Assert.Contains("% de la variabilité se situe entre les études ; H² = ", french, StringComparison.Ordinal);

        Assert.Contains("البقاء — " + followUp + " (عدد المشاركين: 10)", arabic, StringComparison.Ordinal);
        Assert.Contains("كاي تربيع = ", arabic, StringComparison.Ordinal);
        Assert.Contains("، درجات الحرية: 1، p = ", arabic, StringComparison.Ordinal);
        Assert.Contains("ملاحظة: يقع الزمن 100 بعد آخر متابعة (11): لا يمكن قول شيء عن البقاء عنده، لذا استُبعد.", arabic, StringComparison.Ordinal);
        Assert.Contains("انحدار كوكس — " + followUp + " (عدد المشاركين: 10؛ عدد الأحداث: 7)؛ معالجة التعادلات: efron", arabic, StringComparison.Ordinal);
        Assert.Contains("التوافق: ", arabic, StringComparison.Ordinal);
        Assert.Contains("النسب المئوية محسوبة من صف المجموعة، مع فترات ويلسون.", arabic, StringComparison.Ordinal);
        Assert.Contains("التباين بين الدراسات τ² = ", arabic, StringComparison.Ordinal);
        Assert.Contains("اختبار عدم التجانس: Q = ", arabic, StringComparison.Ordinal);

        // The figures are the same in every language.
        var chiSquare = Figure(english, "Chi-square = ", " on ");
        Assert.Contains("Khi-deux = " + chiSquare + ",", french, StringComparison.Ordinal);
        Assert.Contains("كاي تربيع = " + chiSquare + "،", arabic, StringComparison.Ordinal);
    }

    /// <summary>The JSON of a survival analysis with a note stays in English, byte for byte, whatever the language.</summary>
    [Fact]
    public async Task Analyze_json_notes_stay_in_english()
    {
        await using var workspace = WithoutDatabase();
        var followUp = Path.Combine(workspace.Folder, "follow-up.csv");
        await File.WriteAllTextAsync(followUp, "months,event,arm\n3,1,a\n5,0,a\n7,1,a\n2,1,a\n");
        string[] survival = ["analyze", "survival", "--csv", followUp, "--time", "months", "--event", "event", "--group", "arm", "--times", "100", "--json"];

        var english = (await workspace.RunInAsync(English, survival)).ShouldSucceed().Output;
        var french = (await workspace.RunInAsync(French, survival)).ShouldSucceed().Output;
        var arabic = (await workspace.RunInAsync(Arabic, survival)).ShouldSucceed().Output;

        Assert.Contains("Time 100 is after the last follow-up (7): nothing can be said about survival there, so it is left out.", english, StringComparison.Ordinal);
        Assert.Contains("Column arm has only one group (a): there is nothing to compare, so no log-rank test.", english, StringComparison.Ordinal);
        Assert.Equal(english, french);
        Assert.Equal(english, arabic);
    }

    private static async Task<List<string>> Outputs(CliWorkspace workspace, Dictionary<string, string> language, params string[][] runs)
    {
        var outputs = new List<string>();
        foreach (var run in runs)
        {
            // A long line (the file's path is long) wraps at the table width: compare the words, not the line breaks.
            outputs.Add(Regex.Replace((await workspace.RunInAsync(language, run)).ShouldSucceed().Output, @"\s+", " "));
        }

        return outputs;
    }

    private static string Figure(string output, string before, string after)
    {
        var start = output.IndexOf(before, StringComparison.Ordinal) + before.Length;
        return output[start..output.IndexOf(after, start, StringComparison.Ordinal)];
    }

    /// <summary>`analyze` never opens the database; it still gets a folder to run in.</summary>
    private static CliWorkspace WithoutDatabase() =>
        CliWorkspace.ForConnectionString(DatabaseProviderKind.Sqlite, "Data Source=never-opened.db");
}
