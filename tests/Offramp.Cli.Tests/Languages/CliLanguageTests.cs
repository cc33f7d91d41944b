using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Languages;

/// <summary>
/// The CLI speaks the operator's language (issue #16): OFFRAMP_LANGUAGE, else LC_ALL, LC_MESSAGES, LANG; English when
/// none is set or the language is not one Offramp speaks. Help, output lines and refusals change; exit codes and
/// machine-readable output do not. Tests without a database use `demo totp`, which never opens one.
/// </summary>
public sealed class CliLanguageTests
{
    private const string NotDemo = "someone@example.org";

    private static readonly Dictionary<string, string> English = [];
    private static readonly Dictionary<string, string> French = new() { ["OFFRAMP_LANGUAGE"] = "fr" };
    private static readonly Dictionary<string, string> Arabic = new() { ["OFFRAMP_LANGUAGE"] = "ar" };

    [Fact]
    public async Task Help_is_in_french_down_to_the_option_descriptions_and_the_library_headings()
    {
        await using var workspace = WithoutDatabase();

        var admin = (await workspace.RunInAsync(French, "admin", "--help")).ShouldSucceed();
        var createOrg = (await workspace.RunInAsync(French, "admin", "create-org", "--help")).ShouldSucceed();

        Assert.Contains("Créer des organisations, des programmes et des comptes, et attribuer des rôles", admin.Output, StringComparison.Ordinal);
        Assert.Contains("Créer une organisation.", admin.Output, StringComparison.Ordinal);
        Assert.Contains("Le nom de l'organisation (unique).", createOrg.Output, StringComparison.Ordinal);
        // System.CommandLine ships French for its own headings.
        Assert.Contains("Utilisation", createOrg.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", createOrg.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Create an organisation", admin.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_in_arabic_down_to_the_option_descriptions()
    {
        await using var workspace = WithoutDatabase();

        var root = (await workspace.RunInAsync(Arabic, "--help")).ShouldSucceed();
        var createOrg = (await workspace.RunInAsync(Arabic, "admin", "create-org", "--help")).ShouldSucceed();

        Assert.Contains("Offramp: إدارة الحالات للبرامج التي تساعد الأشخاص على ترك التطرف العنيف.", root.Output, StringComparison.Ordinal);
        Assert.Contains("إنشاء المؤسسات والبرامج والحسابات ومنح الأدوار", root.Output, StringComparison.Ordinal);
        Assert.Contains("اسم المؤسسة (فريد).", createOrg.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("The organisation's name", createOrg.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_unchanged_when_no_language_is_set()
    {
        await using var workspace = WithoutDatabase();

        var help = (await workspace.RunInAsync(English, "admin", "--help")).ShouldSucceed();
        var refusal = await workspace.RunInAsync(English, "demo", "totp", NotDemo);

        Assert.Contains("Create organisations, programs and accounts, and grant roles (bootstraps a deployment).", help.Output, StringComparison.Ordinal);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        refusal.ShouldFail(1, "error: that is not a demo account; this command works only for: ");
    }

    [Fact]
    public async Task The_posix_locale_picks_french_and_lc_all_outranks_lang()
    {
        await using var workspace = WithoutDatabase();

        (await workspace.RunInAsync(new() { ["LANG"] = "fr_FR.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "erreur : ce n'est pas un compte de démonstration ; cette commande ne fonctionne que pour : ");
        (await workspace.RunInAsync(new() { ["LC_ALL"] = "ar_MA.UTF-8", ["LANG"] = "fr_FR.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "خطأ: هذا ليس حسابًا تجريبيًا");
        (await workspace.RunInAsync(new() { ["LC_MESSAGES"] = "fr_BE.UTF-8", ["LANG"] = "ar_MA.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "ce n'est pas un compte de démonstration");
        // C is a locale too, and the first one set decides: LANG does not show through it.
        (await workspace.RunInAsync(new() { ["LC_ALL"] = "C", ["LANG"] = "fr_FR.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "error: that is not a demo account");
    }

    [Fact]
    public async Task Offramp_language_overrides_the_locale()
    {
        await using var workspace = WithoutDatabase();

        (await workspace.RunInAsync(new() { ["OFFRAMP_LANGUAGE"] = "ar", ["LANG"] = "fr_FR.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "خطأ: هذا ليس حسابًا تجريبيًا");
        (await workspace.RunInAsync(new() { ["OFFRAMP_LANGUAGE"] = "fr-BE", ["LC_ALL"] = "ar_MA.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "ce n'est pas un compte de démonstration");
        (await workspace.RunInAsync(new() { ["OFFRAMP_LANGUAGE"] = "en", ["LANG"] = "fr_FR.UTF-8" }, "demo", "totp", NotDemo))
            .ShouldFail(1, "error: that is not a demo account");
    }

    [Fact]
    public async Task An_unsupported_language_falls_back_to_english()
    {
        await using var workspace = WithoutDatabase();

        (await workspace.RunInAsync(new() { ["OFFRAMP_LANGUAGE"] = "de" }, "demo", "totp", NotDemo)).ShouldFail(1, "error: that is not a demo account");
        (await workspace.RunInAsync(new() { ["LANG"] = "de_DE.UTF-8" }, "demo", "totp", NotDemo)).ShouldFail(1, "error: that is not a demo account");
        var help = (await workspace.RunInAsync(new() { ["LANG"] = "es_ES.UTF-8" }, "admin", "--help")).ShouldSucceed();
        Assert.Contains("Create an organisation.", help.Output, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Success_messages_are_in_french_and_in_arabic(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);

        var french = (await workspace.RunInAsync(French, "admin", "create-org", "--name", "Fondation Sortie")).ShouldSucceed();
        var arabic = (await workspace.RunInAsync(Arabic, "admin", "create-org", "--name", "مؤسسة الخروج")).ShouldSucceed();
        var english = (await workspace.RunInAsync(English, "admin", "create-org", "--name", "Exit Works")).ShouldSucceed();

        Assert.StartsWith("Organisation créée « Fondation Sortie » (", french.Output, StringComparison.Ordinal);
        Assert.StartsWith("أُنشئت المؤسسة «مؤسسة الخروج» (", arabic.Output, StringComparison.Ordinal);
        Assert.StartsWith("Created organisation 'Exit Works' (", english.Output, StringComparison.Ordinal);
    }

    [Theory]
    [BothProviders]
    public async Task Refusals_are_worded_in_the_language_and_keep_their_exit_code(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        (await workspace.RunAsync("admin", "create-org", "--name", "Exit Works")).ShouldSucceed();
        string[] unknownOrganisation = ["admin", "create-program", "--org", "Nobody", "--name", "P", "--kind", "Community", "--aims", "Disengagement"];
        string[] duplicate = ["admin", "create-org", "--name", "Exit Works"];
        string[] tooLong = ["admin", "create-org", "--name", new string('x', 201)];

        // The CLI's own refusal.
        (await workspace.RunInAsync(English, unknownOrganisation)).ShouldFail(1, "error: no organisation is named 'Nobody'.");
        (await workspace.RunInAsync(French, unknownOrganisation)).ShouldFail(1, "erreur : aucune organisation ne s'appelle « Nobody ».");
        (await workspace.RunInAsync(Arabic, unknownOrganisation)).ShouldFail(1, "خطأ: لا توجد مؤسسة باسم «Nobody».");

        // Core's refusals, worded as the web app words them: a phrase with its value, and a fixed message.
        (await workspace.RunInAsync(English, duplicate)).ShouldFail(1, "Name: An organisation named 'Exit Works' already exists.");
        (await workspace.RunInAsync(French, duplicate)).ShouldFail(1, "Name: Une organisation nommée « Exit Works » existe déjà.");
        (await workspace.RunInAsync(Arabic, duplicate)).ShouldFail(1, "Name: توجد بالفعل مؤسسة باسم «Exit Works».");
        (await workspace.RunInAsync(English, tooLong)).ShouldFail(1, "An organisation's name has at most 200 characters.");
        (await workspace.RunInAsync(French, tooLong)).ShouldFail(1, "Le nom d'une organisation compte au plus 200 caractères.");
        (await workspace.RunInAsync(Arabic, tooLong)).ShouldFail(1, "يجب ألا يتجاوز اسم المؤسسة 200 حرف.");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"Organisations\""));
    }

    [Fact]
    public async Task Json_output_is_byte_identical_in_every_language()
    {
        await using var workspace = WithoutDatabase();
        var csv = Path.Combine(workspace.Folder, "followup.csv");
        await File.WriteAllTextAsync(csv, "months,event,group\n3,1,a\n5,0,a\n7,1,a\n12,1,b\n14,0,b\n20,1,b\n2.5,1,a\n30,0,b\n");
        string[] survival = ["analyze", "survival", "--csv", csv, "--time", "months", "--event", "event", "--group", "group", "--json"];

        var english = (await workspace.RunInAsync(English, survival)).ShouldSucceed();
        var french = (await workspace.RunInAsync(new() { ["LANG"] = "fr_FR.UTF-8" }, survival)).ShouldSucceed();
        var arabic = (await workspace.RunInAsync(Arabic, survival)).ShouldSucceed();

        Assert.StartsWith("{", english.Output, StringComparison.Ordinal);
        Assert.Contains("2.5", english.Output, StringComparison.Ordinal);
        Assert.Equal(english.Output, french.Output);
        Assert.Equal(english.Output, arabic.Output);
    }

    /// <summary>Commands that never open the database (help, `demo totp`, `analyze`) still get a folder to run in.</summary>
    private static CliWorkspace WithoutDatabase() =>
        CliWorkspace.ForConnectionString(DatabaseProviderKind.Sqlite, "Data Source=never-opened.db");
}
