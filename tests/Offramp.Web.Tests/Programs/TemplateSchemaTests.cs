using System.Reflection;
using System.Text.Json.Nodes;

using Offramp.Core.ProgramCatalogue;
using Offramp.TestSupport;

namespace Offramp.Web.Tests.Programs;

/// <summary>
/// schemas/program-template.schema.json describes the template files: the embedded copy is the file, every shipped
/// template conforms, and a rule the schema can see is malformed (an item and a domain, no threshold) is named by path.
/// </summary>
public sealed class TemplateSchemaTests
{
    private static string Root => TestWorld.RepositoryRoot();

    [Fact]
    public void The_embedded_schema_is_the_file_and_every_shipped_template_conforms()
    {
        using var stream = typeof(TemplateSchema).Assembly.GetManifestResourceStream(TemplateSchema.ResourceName)!;
        using var reader = new StreamReader(stream);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, TemplateSchema.ResourceName)), reader.ReadToEnd());

        var files = Directory.GetFiles(Path.Combine(Root, "program-templates"), "*.json");
        Assert.Equal(5, files.Length);
        foreach (var file in files)
        {
            Assert.True(TemplateSchema.Violations(JsonNode.Parse(File.ReadAllText(file))!).Count == 0, $"{Path.GetFileName(file)} does not follow the schema");
        }
    }

    [Fact]
    public void A_malformed_rule_is_named_by_its_path()
    {
        var hii = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "program-templates", "healthy-identity-intervention.json")))!;
        var condition = hii["modules"]![1]!["indicatedBy"]!["anyOf"]![0]!.AsObject();
        condition["domain"] = "needs";
        condition.Remove("atLeast");
        hii["modules"]![2]!["indicatedBy"]!.AsObject().Remove("anyOf");

        var errors = TemplateSchema.Violations(hii);

        Assert.Contains("$.modules[1].indicatedBy.anyOf[0]", errors.Keys);
        Assert.Contains("$.modules[2].indicatedBy", errors.Keys);
        Assert.Contains(errors["$.modules[2].indicatedBy"], m => m.ToString().Contains("anyOf", StringComparison.Ordinal));
    }
}
