using System.Text.Json.Nodes;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Assessments;

/// <summary>
/// instruments/instrument.schema.json and the parser are one contract: the parser checks files against the schema in
/// the repository, every shipped instrument passes, and a file that breaks the schema is refused with the schema's
/// messages, every one at once, each under the JSON path of the value at fault.
/// </summary>
public sealed class InstrumentSchemaTests
{
    private static readonly string Instruments = Path.Combine(TestWorld.RepositoryRoot(), "instruments");

    [Fact]
    public void The_parser_checks_against_the_schema_file_of_the_repository()
    {
        using var stream = typeof(InstrumentSchema).Assembly.GetManifestResourceStream(InstrumentSchema.ResourceName)!;
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(Path.Combine(Instruments, "instrument.schema.json")), reader.ReadToEnd());
    }

    [Fact]
    public void Every_shipped_instrument_follows_the_schema()
    {
        var files = Directory.GetFiles(Instruments, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEmpty(InstrumentParser.Parse(File.ReadAllText(file)).Items));
    }

    [Fact]
    public void A_file_against_the_schema_is_refused_with_every_violation_at_its_path()
    {
        var definition = TestWorld.OpenInstrument();
        definition["version"] = "1 0";
        definition["scorng"] = "sum";
        definition["domains"]![1]!["items"]![0]!["direction"] = "sideways";
        definition["scale"]!["levels"]![0]!.AsObject().Remove("label");
        definition["judgements"] = new JsonArray(new JsonObject { ["code"] = "low", ["label"] = "Low" });

        var errors = Assert.Throws<DomainException>(() => InstrumentParser.Parse(definition.ToJsonString())).FieldErrors;

        Assert.Equal(["$.domains[1].items[0].direction", "$.judgements", "$.scale.levels[0]", "$.scorng", "$.version"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Must be one of [\"risk\",\"protective\"].", Assert.Single(errors["$.domains[1].items[0].direction"]));
        Assert.Contains("\"label\"", Assert.Single(errors["$.scale.levels[0]"]), StringComparison.Ordinal);
        Assert.Contains("2", Assert.Single(errors["$.judgements"]), StringComparison.Ordinal);
        Assert.Contains("regular expression", Assert.Single(errors["$.version"]), StringComparison.Ordinal);
        Assert.StartsWith("Unknown property", Assert.Single(errors["$.scorng"]), StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_schema_cannot_say_is_still_refused()
    {
        var definition = TestWorld.OpenInstrument();
        var firstItem = definition["domains"]![0]!["items"]![0]!["key"]!.GetValue<string>();
        definition["domains"]![1]!["items"]![0]!["key"] = firstItem;
        definition["scale"]!["levels"]![1]!["code"] = "unknown";
        definition["name"] = "   ";

        var errors = Assert.Throws<DomainException>(() => InstrumentParser.Parse(definition.ToJsonString())).FieldErrors;

        // Blank text is refused by the schema (it is trimmed first); the semantic rules wait for a file of the right shape.
        Assert.Equal(["$.name"], errors.Keys);
        definition["name"] = "Open Pathways Review";

        var semantic = Assert.Throws<DomainException>(() => InstrumentParser.Parse(definition.ToJsonString())).FieldErrors;

        Assert.Equal(["$.domains[1].items[0].key", "$.scale.levels"], semantic.Keys.Order(StringComparer.Ordinal));
    }
}
