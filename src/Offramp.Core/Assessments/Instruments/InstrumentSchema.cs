using System.Text.Json.Nodes;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Instruments;

/// <summary>
/// instruments/instrument.schema.json, embedded at build, is the one statement of an instrument file's shape: a file is
/// checked against it and every violation comes back under the JSON path of the value at fault.
/// </summary>
public static class InstrumentSchema
{
    public const string ResourceName = "instruments/instrument.schema.json";

    private static readonly EmbeddedJsonSchema Schema = new(ResourceName);

    /// <summary>Every violation of the schema, by JSON path ("$.domains[1].items[0].direction"); empty when the file conforms.</summary>
    public static Dictionary<string, List<Phrase>> Violations(JsonNode root) => Schema.Violations(root);
}
