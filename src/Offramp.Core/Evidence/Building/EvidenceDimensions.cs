using Offramp.Core.CodedProfiles;
using Offramp.Core.Evaluation.Cohorts;

namespace Offramp.Core.Evidence.Building;

/// <summary>
/// What a bundle breaks its figures down by: always gender, age band and completion, and optionally up to
/// <see cref="MaxCodedFields"/> single-choice coded-profile fields ("coded.exit-status-at-entry"). Every category is
/// always listed (a missing one would itself say "none here").
/// </summary>
public sealed class EvidenceDimensions
{
    public const string Gender = "gender";
    public const string AgeBand = "age-band";
    public const string Completion = "completion";

    /// <summary>Coded dimensions are named by this prefix and the field's key, so they never collide with the fixed ones.</summary>
    public const string CodedPrefix = "coded.";

    /// <summary>The category of a participant not coded on the field (or coded with an option this codebook version dropped).</summary>
    public const string NotCoded = "not-coded";

    /// <summary>
    /// Each coded dimension multiplies the groups disclosure control must check against each other, and a cohort split
    /// three ways beyond gender, age and completion is mostly small cells that would be withheld anyway.
    /// </summary>
    public const int MaxCodedFields = 2;

    public static readonly string[] FixedNames = [Gender, AgeBand, Completion];

    public static readonly string[] Genders = ["not-recorded", "female", "male", "other"];

    public static readonly string[] AgeBands = ["under-18", "18-24", "25-34", "35-44", "45-plus", "unknown"];

    public static readonly string[] Completions = ["not-started", "in-program", "completed", "left-early"];

    private readonly EvaluationDataset data;
    private readonly IReadOnlyList<(CodebookField Field, CodedColumns Columns)> coded;

    private EvidenceDimensions(EvaluationDataset data, IReadOnlyList<(CodebookField Field, CodedColumns Columns)> coded)
    {
        this.data = data;
        this.coded = coded;
        Names = [.. FixedNames, .. coded.Select(c => CodedName(c.Field.Key))];
    }

    /// <summary>The dimensions in the order cells and breakdowns list them: the fixed three, then the coded fields.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gender, age band and completion only.</summary>
    public static EvidenceDimensions Fixed(EvaluationDataset data) => new(data, []);

    /// <summary>The fixed dimensions and the given single-choice coded fields, read from <paramref name="columns"/>.</summary>
    public static EvidenceDimensions WithCoded(EvaluationDataset data, CodedColumns columns, IEnumerable<CodebookField> fields) =>
        new(data, [.. fields.Select(f => (f, columns))]);

    public static string CodedName(string fieldKey) => CodedPrefix + fieldKey;

    /// <summary>How a bundle declares a coded field it breaks down by: its dimension, codebook, label and options.</summary>
    public static Bundles.EvidenceCodedField Declare(CodebookDefinition codebook, CodebookField field) =>
        new(CodedName(field.Key), codebook.Name, codebook.Version, field.Key, field.Label, [.. field.Options.Select(o => new Bundles.EvidenceCodedOption(o.Code, o.Label))]);

    /// <summary>The categories of a fixed dimension.</summary>
    public static IReadOnlyList<string> FixedCategories(string dimension) => dimension switch
    {
        Gender => Genders,
        AgeBand => AgeBands,
        Completion => Completions,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a fixed breakdown dimension."),
    };

    /// <summary>
    /// The coded value a fixed dimension's category stands for, so a page can show its label; null for a dimension that is
    /// not fixed or a category this version does not list. The category lists follow their enums' order.
    /// </summary>
    public static Enum? MemberOf(string dimension, string category) => dimension switch
    {
        Gender => Member<Participants.Gender>(Genders, category),
        AgeBand => Member<Evaluation.Cohorts.AgeBand>(AgeBands, category),
        Completion => Member<Evaluation.Cohorts.Completion>(Completions, category),
        _ => null,
    };

    private static Enum? Member<T>(string[] categories, string category)
        where T : struct, Enum =>
        Array.IndexOf(categories, category) is var index and >= 0 ? (Enum)Enum.ToObject(typeof(T), index) : null;

    /// <summary>The categories of a coded field's dimension: its options in the codebook's order, then "not coded".</summary>
    public static IReadOnlyList<string> CodedCategories(CodebookField field) => [.. field.Options.Select(o => o.Code), NotCoded];

    public IReadOnlyList<string> Categories(int dimension) =>
        dimension < FixedNames.Length ? FixedCategories(FixedNames[dimension]) : CodedCategories(coded[dimension - FixedNames.Length].Field);

    /// <summary>Every (dimension, category) pair, in the order breakdowns list them.</summary>
    public IEnumerable<(string Dimension, string Category)> All() =>
        Names.SelectMany((name, d) => Categories(d).Select(c => (name, c)));

    /// <summary>The category index of a dataset slot on each dimension, in the order of <see cref="Names"/>.</summary>
    public int[] Of(int slot)
    {
        var categories = new int[Names.Count];
        categories[0] = GenderIndex(data.Genders[slot]);
        categories[1] = (int)data.AgeBandOf(slot);
        categories[2] = (int)data.Completions[slot];
        for (var c = 0; c < coded.Count; c++)
        {
            var (field, columns) = coded[c];
            var index = field.Options.Count;
            for (var o = 0; o < field.Options.Count; o++)
            {
                if (columns.Has(field.Key, slot, field.Options[o].Code))
                {
                    index = o;
                    break;
                }
            }

            categories[FixedNames.Length + c] = index;
        }

        return categories;
    }

    private static int GenderIndex(Participants.Gender gender) => gender switch
    {
        Participants.Gender.Female => 1,
        Participants.Gender.Male => 2,
        Participants.Gender.Other => 3,
        _ => 0,
    };
}
