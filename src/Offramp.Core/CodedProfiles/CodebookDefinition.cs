using System.Text.Json.Serialization;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// An organisation's codebook (codebooks/codebook.schema.json): the coded fields recorded about each participant so
/// research questions (what works, for whom) can be answered from codes instead of case notes.
/// </summary>
public sealed record CodebookDefinition(string Name, string Version, string? Description, IReadOnlyList<CodebookField> Fields)
{
    public CodebookField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <param name="Key">Stable identifier ("exit-status-at-entry"); what reports, exports and bundles name.</param>
/// <param name="Phase">When the field is coded: from what is known at entry, or at a follow-up.</param>
/// <param name="Choice">One option, or any number of them.</param>
/// <param name="Source">Where the categories come from.</param>
public sealed record CodebookField(string Key, string Label, string? Help, CodedPhase Phase, CodedChoice Choice, string? Source, IReadOnlyList<CodebookOption> Options)
{
    public CodebookOption? Option(string code) => Options.FirstOrDefault(o => o.Code == code);

    public string LabelOf(string code) => Option(code)?.Label ?? code;
}

public sealed record CodebookOption(string Code, string Label);

public enum CodedPhase
{
    Entry,
    FollowUp,
}

public enum CodedChoice
{
    [JsonStringEnumMemberName("single")]
    OneOption,

    [JsonStringEnumMemberName("multiple")]
    AnyOptions,
}
