using Offramp.Cli.Tests.Infrastructure;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Database;

/// <summary>
/// The migrations were squashed into one Initial per provider. A database made before then lists the old chain: it is
/// rebased onto the Initial with its data kept and nothing run again, and one that stopped partway is refused.
/// </summary>
public sealed class SquashedHistoryTests
{
    /// <summary>The old chains, as databases made before the squash list them.</summary>
    private static readonly string[] OldSqliteChain =
    [
        "20261125122935_Initial", "20261125125747_Worklist", "20261125130249_FollowUpOutcomes", "20261125130840_DataProtection",
        "20261125131004_Assessments", "20261125131315_ProgramJourney", "20261125132600_Evaluation", "20261125133906_CaseloadIndex",
        "20261125155223_StepUpHardening", "20261205103930_RoleRequests", "20261205120402_TasksByOrganisationAndDueDate",
        "20261205145831_TasksByProgramAudienceAndDueDate", "20261205184448_EvidenceBundlesAndHub", "20261205204112_HubMetricRows",
        "20261205234608_CompositeMetrics", "20261205234800_TemplateSources", "20261206000633_ComparisonRepeatedMeasures",
        "20261206004216_SessionFacilitators", "20261206033458_CodedProfiles", "20261206062634_AssessmentDrivenModules",
        "20261206063227_HubCodedFields", "20261206100514_PracticeLibrary", "20261206130625_UserLanguage",
        "20261206175105_TemplateTranslations", "20261206200217_MetricNameTranslations",
    ];

    private static readonly string[] OldPostgresChain =
    [
        "20261125122937_Initial", "20261125125752_Worklist", "20261125130255_FollowUpOutcomes", "20261125130853_DataProtection",
        "20261125131008_Assessments", "20261125131318_ProgramJourney", "20261125132735_Evaluation", "20261125133919_CaseloadIndex",
        "20261125155357_StepUpHardening", "20261205104031_RoleRequests", "20261205120429_TasksByOrganisationAndDueDate",
        "20261205145854_TasksByProgramAudienceAndDueDate", "20261205184501_EvidenceBundlesAndHub", "20261205204126_HubMetricRows",
        "20261205234627_CompositeMetrics", "20261205234825_TemplateSources", "20261206000712_ComparisonRepeatedMeasures",
        "20261206004256_SessionFacilitators", "20261206033548_CodedProfiles", "20261206062701_AssessmentDrivenModules",
        "20261206063253_HubCodedFields", "20261206100954_PracticeLibrary", "20261206130633_UserLanguage",
        "20261206175112_TemplateTranslations", "20261206200240_MetricNameTranslations",
    ];

    [Theory]
    [BothProviders]
    public async Task A_database_from_before_the_squash_is_rebased_with_its_data_and_nothing_run_again(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        (await workspace.RunAsync("admin", "create-org", "--name", "Exit Works")).ShouldSucceed();
        // The history a database migrated today has: the squashed Initial, then any migration added since.
        var current = await workspace.ScalarAsync<long>("""SELECT COUNT(*) FROM "__EFMigrationsHistory" """);
        var newest = await workspace.ScalarAsync<string>("""SELECT MAX("MigrationId") FROM "__EFMigrationsHistory" """);
        await PretendMadeBeforeTheSquashAsync(workspace, Chain(provider));
        // Its schema as the squash left it: what migrations added since then is not there yet (the urgent tasks' index),
        // and what they replaced is still there (the director's tasks by audience before due date).
        await workspace.ExecuteAsync("""DROP INDEX "IX_Tasks_ProgramId_Status_Kind_Audience_DueOn_Id" """);
        await workspace.ExecuteAsync("""DROP INDEX "IX_Tasks_ProgramId_Status_DueOn_Id_Audience" """);
        await workspace.ExecuteAsync("""CREATE INDEX "IX_Tasks_ProgramId_Status_Audience_DueOn_Id" ON "Tasks" ("ProgramId", "Status", "Audience", "DueOn", "Id")""");

        var migrated = (await workspace.RunAsync("db", "migrate")).ShouldSucceed();

        Assert.Contains("UrgentTasksIndex", migrated.Output, StringComparison.Ordinal);
        Assert.Contains("DirectorTasksInDueOrder", migrated.Output, StringComparison.Ordinal);
        Assert.Equal(current, await workspace.ScalarAsync<long>("""SELECT COUNT(*) FROM "__EFMigrationsHistory" """));
        Assert.EndsWith("_Initial", await workspace.ScalarAsync<string>("""SELECT MIN("MigrationId") FROM "__EFMigrationsHistory" """), StringComparison.Ordinal);
        Assert.Equal(newest, await workspace.ScalarAsync<string>("""SELECT MAX("MigrationId") FROM "__EFMigrationsHistory" """));
        Assert.Equal(0, await workspace.ScalarAsync<long>(
            $"""SELECT COUNT(*) FROM "__EFMigrationsHistory" WHERE "MigrationId" IN ({string.Join(", ", Chain(provider).Select(id => $"'{id}'"))})"""));
        Assert.Equal(1, await workspace.ScalarAsync<long>("""SELECT COUNT(*) FROM "Organisations" WHERE "Name" = 'Exit Works'"""));
        (await workspace.RunAsync("audit", "verify")).ShouldSucceed();
    }

    [Theory]
    [BothProviders]
    public async Task A_database_that_stopped_partway_through_the_old_chain_is_refused_and_left_as_it_was(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await PretendMadeBeforeTheSquashAsync(workspace, Chain(provider)[..^3]);

        (await workspace.RunAsync("db", "migrate")).ShouldFail(3, "stopped partway through the migrations made before they were squashed");

        Assert.Equal(22, await workspace.ScalarAsync<long>("""SELECT COUNT(*) FROM "__EFMigrationsHistory" """));
    }

    private static string[] Chain(DatabaseProviderKind provider) => provider == DatabaseProviderKind.Postgres ? OldPostgresChain : OldSqliteChain;

    private static async Task PretendMadeBeforeTheSquashAsync(CliWorkspace workspace, IEnumerable<string> chain)
    {
        await workspace.ExecuteAsync("""DELETE FROM "__EFMigrationsHistory" """);
        foreach (var id in chain)
        {
            await workspace.ExecuteAsync($"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('{id}', '10.0.0')""");
        }
    }
}
