namespace Offramp.Core.DataProtection;

/// <summary>Everything held about one participant that the law allows to release to them, ready for HTML or JSON.</summary>
public sealed record SubjectAccessExport(
    string ParticipantCode,
    DateTimeOffset ProducedAt,
    IReadOnlyList<SubjectAccessSection> Sections);

/// <summary>A titled table: the export is generic so a feature's data can be added as another section.</summary>
public sealed record SubjectAccessSection(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows, string? Note = null);
