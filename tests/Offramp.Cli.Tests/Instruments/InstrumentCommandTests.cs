using System.Text.Json.Nodes;

using Offramp.Cli.Tests.Admin;
using Offramp.Cli.Tests.Infrastructure;
using Offramp.Core.Assessments.Instruments;
using Offramp.TestSupport;

namespace Offramp.Cli.Tests.Instruments;

/// <summary>`offramp instruments import / export / list` with the real binary, on both databases.</summary>
public sealed class InstrumentCommandTests
{
    [Theory]
    [BothProviders]
    public async Task The_open_instrument_imports_publishes_lists_and_exports_back_the_same(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        var file = Path.Combine(TestWorld.RepositoryRoot(), TestWorld.OpenInstrumentFile);

        (await workspace.RunAsync("instruments", "import", file, "--org", Bootstrap.Organisation, "--publish")).ShouldSucceed();
        var list = (await workspace.RunAsync("instruments", "list", "--org", Bootstrap.Organisation)).ShouldSucceed();
        Assert.Contains("Open Pathways Review", list.Output, StringComparison.Ordinal);
        Assert.Contains("Published", list.Output, StringComparison.Ordinal);
        Assert.Contains("17", list.Output, StringComparison.Ordinal);

        var exported = (await workspace.RunAsync("instruments", "export", "Open Pathways Review", "--version", "1.0", "--org", Bootstrap.Organisation)).ShouldSucceed();
        var original = InstrumentParser.Parse(await File.ReadAllTextAsync(file));
        var roundTrip = InstrumentParser.Parse(exported.Output);
        Assert.Equal(InstrumentParser.Serialize(original), InstrumentParser.Serialize(roundTrip));
        Assert.Equal(17, roundTrip.Items.Count());
        Assert.Equal(["Pro-Integration Model", "3N model"], roundTrip.Domains.Select(d => d.Source!).Distinct());

        // Published means immutable: the same version again is refused and nothing changes.
        (await workspace.RunAsync("instruments", "import", file, "--org", Bootstrap.Organisation)).ShouldFail(1, "is published and cannot change");
        Assert.Equal(1, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"InstrumentVersions\""));
    }

    [Theory]
    [BothProviders]
    public async Task A_schema_error_names_the_path_and_changes_nothing(DatabaseProviderKind provider)
    {
        await using var workspace = await CliWorkspace.MigratedAsync(provider);
        await Bootstrap.CreateOrganisationAndProgramAsync(workspace);
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestWorld.RepositoryRoot(), TestWorld.OpenInstrumentFile)))!.AsObject();
        definition["domains"]![2]!["items"]![1]!["direction"] = "neutral";
        definition["judgements"] = new JsonArray();
        var file = Path.Combine(workspace.Folder, "broken.json");
        await File.WriteAllTextAsync(file, definition.ToJsonString());

        var result = await workspace.RunAsync("instruments", "import", file, "--org", Bootstrap.Organisation, "--publish");

        result.ShouldFail(1, "$.domains[2].items[1].direction: Must be one of [\"risk\",\"protective\"].");
        Assert.Contains("$.judgements:", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await workspace.ScalarAsync<long>("SELECT COUNT(*) FROM \"InstrumentVersions\""));
        (await workspace.RunAsync("instruments", "export", "Open Pathways Review", "--version", "1.0", "--org", Bootstrap.Organisation)).ShouldFail(1, "has no instrument");
    }

    [Fact]
    public async Task A_missing_file_and_an_unknown_organisation_are_refused()
    {
        await using var workspace = await CliWorkspace.MigratedAsync(DatabaseProviderKind.Sqlite);

        (await workspace.RunAsync("instruments", "import", Path.Combine(workspace.Folder, "none.json"), "--org", "X")).ShouldFail(1, "no file at");
        (await workspace.RunAsync("instruments", "list", "--org", "Nobody")).ShouldFail(1, "no organisation is named 'Nobody'");
    }
}
