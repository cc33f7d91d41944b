namespace Offramp.Reports;

/// <summary>
/// Marker for the labels of coded values in Resources/EnumText.*.resx, one entry per enum member keyed
/// <c>Type.Member</c> ("Stage.FollowUp" reads "Follow-up"). scripts/sync-ui-strings.py adds every new member.
/// </summary>
public sealed class EnumText;
