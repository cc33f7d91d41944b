using System.Text.Json.Nodes;

using Offramp.Core.Common;

namespace Offramp.Core.CodedProfiles;

/// <summary>codebooks/codebook.schema.json, embedded at build: the one statement of a codebook file's shape.</summary>
public static class CodebookSchema
{
    public const string ResourceName = "codebooks/codebook.schema.json";

    private static readonly EmbeddedJsonSchema Schema = new(ResourceName);

    public static Dictionary<string, List<Phrase>> Violations(JsonNode root) => Schema.Violations(root);
}
