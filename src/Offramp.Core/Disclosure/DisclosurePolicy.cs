using Offramp.Core.Common;

namespace Offramp.Core.Disclosure;

/// <summary>
/// An organisation's rules for disclosure: the thresholds a director may invoke, the agencies they may disclose to,
/// and whether a second director must approve before anything is released. Absent, <see cref="Defaults"/> apply.
/// </summary>
public sealed class DisclosurePolicy : Entity
{
    public static readonly IReadOnlyList<string> DefaultThresholds =
        ["Imminent risk of violence to others", "Imminent risk to self", "Legal obligation"];

    public static readonly IReadOnlyList<string> DefaultAgencies =
        ["Police", "National security service", "Probation service", "Prison security"];

    public Guid OrganisationId { get; set; }

    /// <summary>One threshold per line.</summary>
    public required string Thresholds { get; set; }

    /// <summary>One recipient agency per line.</summary>
    public required string Agencies { get; set; }

    public bool RequiresFourEyes { get; set; }

    public IReadOnlyList<string> ThresholdList => Lines(Thresholds);

    public IReadOnlyList<string> AgencyList => Lines(Agencies);

    public static DisclosurePolicy Defaults(Guid organisationId) => new()
    {
        OrganisationId = organisationId,
        Thresholds = string.Join('\n', DefaultThresholds),
        Agencies = string.Join('\n', DefaultAgencies),
        RequiresFourEyes = false,
    };

    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}
