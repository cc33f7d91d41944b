using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// The assessment results that call for a module: the module is indicated when any of <see cref="AnyOf"/> is met in the
/// participant's latest agreed assessment on <see cref="Instrument"/>. A template with at least one rule is
/// assessment-driven. The rule proposes; the practitioner decides (structured professional judgement), and may add a
/// module that is not indicated with a recorded reason.
/// </summary>
public sealed class IndicationRule
{
    /// <summary>The instrument's name as its file gives it (e.g. "Open Pathways Review"); every version of it counts.</summary>
    [StringLength(200, ErrorMessage = "The instrument's name is at most 200 characters.")]
    public string Instrument { get; set; } = "";

    public List<IndicationCondition> AnyOf { get; set; } = [];

    public const int MaxConditions = 20;

    public IEnumerable<(string Field, Phrase Message)> Check(string path)
    {
        if (string.IsNullOrWhiteSpace(Instrument))
        {
            yield return ($"{path}.Instrument", "Name the instrument whose assessment indicates the module.");
        }

        if (AnyOf.Count is 0 or > MaxConditions)
        {
            yield return ($"{path}.AnyOf", Phrase.Of($"A rule has between 1 and {MaxConditions} conditions."));
        }

        foreach (var (condition, j) in AnyOf.Select((c, j) => (c, j)))
        {
            foreach (var error in condition.Check($"{path}.AnyOf[{j}]"))
            {
                yield return error;
            }
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, DefineTemplate.Json);

    public static IndicationRule? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<IndicationRule>(json, DefineTemplate.Json);
}

/// <summary>
/// One condition: an item (by key) or a domain (by key, optionally only its risk or its protective items) rated at
/// least, or at most, a level of the instrument's ordered scale. "Unknown / could not rate" never meets a condition.
/// </summary>
public sealed class IndicationCondition
{
    [StringLength(60, ErrorMessage = "An item key is at most 60 characters.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Item { get; set; }

    [StringLength(60, ErrorMessage = "A domain key is at most 60 characters.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Domain { get; set; }

    /// <summary>For a domain: only its risk items, or only its protective items; empty: all of them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ItemDirection? Direction { get; set; }

    /// <summary>A level code: met when the rating is this level or higher on the scale.</summary>
    [StringLength(60, ErrorMessage = "A level code is at most 60 characters.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AtLeast { get; set; }

    /// <summary>A level code: met when the rating is this level or lower on the scale (for protective factors that are missing).</summary>
    [StringLength(60, ErrorMessage = "A level code is at most 60 characters.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AtMost { get; set; }

    [JsonIgnore]
    public string Threshold => AtLeast ?? AtMost ?? "";

    public IEnumerable<(string Field, Phrase Message)> Check(string path)
    {
        if (string.IsNullOrWhiteSpace(Item) == string.IsNullOrWhiteSpace(Domain))
        {
            yield return (path, "A condition names either an item or a domain, not both.");
        }

        if (string.IsNullOrWhiteSpace(AtLeast) == string.IsNullOrWhiteSpace(AtMost))
        {
            yield return (path, "A condition has either an \"atLeast\" or an \"atMost\" level, not both.");
        }

        if (Direction is not null && !string.IsNullOrWhiteSpace(Item))
        {
            yield return ($"{path}.Direction", "Only a domain condition takes a direction: an item has its own.");
        }

        if (Direction is { } direction && !Enum.IsDefined(direction))
        {
            yield return ($"{path}.Direction", "The direction is risk or protective.");
        }
    }
}
