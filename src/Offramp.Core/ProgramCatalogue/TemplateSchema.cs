using System.Text.Json.Nodes;

using Offramp.Core.Common;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// schemas/program-template.schema.json, embedded at build: the written statement of a template file's shape, for
/// people and tools that write templates. The shipped templates and the define-template API's body are read against it
/// (<see cref="TemplateFile"/>), with the rules it cannot state in <see cref="TemplateDefinition"/> and <see cref="IndicationRuleCheck"/>.
/// </summary>
public static class TemplateSchema
{
    public const string ResourceName = "schemas/program-template.schema.json";

    private static readonly EmbeddedJsonSchema Schema = new(ResourceName);

    /// <summary>Every violation of the schema, by JSON path ("$.modules[2].indicatedBy.anyOf[0]"); empty when the file conforms.</summary>
    public static Dictionary<string, List<Phrase>> Violations(JsonNode root) => Schema.Violations(root);
}
