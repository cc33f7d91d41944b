using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Participants;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// The coded fields a bundle breaks its figures down by, each with its category codes as they appear in the bundle.
/// Every category is always listed (a missing one would itself say "none here").
/// </summary>
public static class EvidenceDimensions
{
    public const string Gender = "gender";
    public const string AgeBand = "age-band";
    public const string Completion = "completion";

    public static readonly string[] Names = [Gender, AgeBand, Completion];

    public static readonly string[] Genders = ["not-recorded", "female", "male", "other"];

    public static readonly string[] AgeBands = ["under-18", "18-24", "25-34", "35-44", "45-plus", "unknown"];

    public static readonly string[] Completions = ["not-started", "in-program", "completed", "left-early"];

    public static IReadOnlyList<string> Categories(string dimension) => dimension switch
    {
        Gender => Genders,
        AgeBand => AgeBands,
        Completion => Completions,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a breakdown dimension."),
    };

    /// <summary>The category index of a dataset slot on each dimension, in the order of <see cref="Names"/>.</summary>
    public static (int Gender, int AgeBand, int Completion) Of(EvaluationDataset data, int slot) =>
        (GenderIndex(data.Genders[slot]), (int)data.AgeBandOf(slot), (int)data.Completions[slot]);

    private static int GenderIndex(Participants.Gender gender) => gender switch
    {
        Participants.Gender.Female => 1,
        Participants.Gender.Male => 2,
        Participants.Gender.Other => 3,
        _ => 0,
    };
}
