namespace Offramp.Core.Library.Content;

/// <summary>
/// What leaves a program for the practice library: one profile version or one lesson, with the program it describes.
/// Its canonical JSON is what is signed (the same envelope as evidence bundles); no date finer than a month leaves.
/// </summary>
public sealed record LibraryDocument
{
    public const string SchemaId = "offramp-practice-library/1";

    public string Schema { get; init; } = SchemaId;

    public required Guid ItemId { get; init; }

    /// <summary>"profile" or "lesson".</summary>
    public required string Kind { get; init; }

    /// <summary>The publishing organisation's name, as on its evidence bundles.</summary>
    public required string Publisher { get; init; }

    /// <summary>The publisher's id of the program: what ties a profile to that program's evidence bundles at a hub.</summary>
    public required Guid ProgramId { get; init; }

    public required string ProgramName { get; init; }

    /// <summary>The profile's version, counting from 1; a lesson is always 1.</summary>
    public required int Version { get; init; }

    public required string ProducedMonth { get; init; }

    public PracticeProfile? Profile { get; init; }

    public PracticeLesson? Lesson { get; init; }
}

public static class LibraryKinds
{
    public const string Profile = "profile";
    public const string Lesson = "lesson";
}
