using Offramp.Core.Evidence.Bundles;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>
/// One program in the library, laid out on EMMIE (the What Works Crime Reduction Toolkit's frame): Effect from the
/// evidence it published, Mechanism from its theory of change, Moderators from its published breakdowns,
/// Implementation from its lessons, Economics from its cost and its published rates.
/// </summary>
public sealed record LibraryProfileView(
    Guid ItemId,
    string? Publisher,
    Guid? PublisherId,
    Guid ProgramId,
    PracticeProfile Profile,
    int Version,
    DateTimeOffset ReceivedAt,
    string? KeyId,
    IReadOnlyList<LibraryVersion> Versions,
    LibraryEffect Effect,
    IReadOnlyList<LibraryModerator> Moderators,
    IReadOnlyList<LibraryLessonView> Lessons,
    LibraryEconomics Economics,
    bool Following)
{
    /// <summary>Taken from published sources rather than published by the program: an empty field reads "not stated in the source".</summary>
    public bool FromSources => PublisherId is null;
}

public sealed record LibraryVersion(Guid ItemId, int Version, DateTimeOffset ReceivedAt, bool Current);

/// <summary>The program's latest cumulative bundle at the hub, its strength, and per measure the pooled estimate of comparable programs.</summary>
public sealed record LibraryEffect(EvidenceBundle? Bundle, EvidenceStrength Strength, IReadOnlyList<LibraryEffectMetric> Metrics);

/// <summary>
/// One measure: the program's rate, its completers-versus-early-leavers comparison, and the random-effects pooled
/// proportion of the programs of the same kind that published the same measure (<see cref="ComparablePrograms"/> counts them, this one included).
/// </summary>
public sealed record LibraryEffectMetric(EvidenceMetric Metric, string Title, PooledEstimate? Pooled, int ComparablePrograms);

/// <summary>A breakdown of one measure where the program published rates per category; <see cref="Differs"/> when two categories' 95% intervals do not overlap.</summary>
public sealed record LibraryModerator(string MetricTitle, string Dimension, IReadOnlyList<EvidenceGroupRate> Categories, bool Differs);

public sealed record LibraryLessonView(Guid ItemId, PracticeLesson Lesson, DateTimeOffset ReceivedAt);

/// <summary>What the program costs per participant, per completion and per adverse outcome avoided where estimable, each with its assumptions.</summary>
public sealed record LibraryEconomics(PracticeCost? Cost, IReadOnlyList<LibraryCostFigure> Figures, IReadOnlyList<string> NotEstimable);

public sealed record LibraryCostFigure(string What, decimal Value, decimal? Low, decimal? High, string Currency, string Assumptions);
