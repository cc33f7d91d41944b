using System.Text.Json;

namespace Offramp.Core.Library.Content;

/// <summary>
/// The profiles shipped in practice-library/: the reference programs of the field as the seed documents describe
/// them, each citing its sources, with the lessons those sources state. Embedded at build, so a hub can take them in
/// without the repository at hand.
/// </summary>
public static class PracticeSeeds
{
    private static readonly Lazy<IReadOnlyList<PracticeSeed>> Loaded = new(Load);

    public static IReadOnlyList<PracticeSeed> All => Loaded.Value;

    /// <summary>The seed whose key is also a program template's key (the demo's programs), or null.</summary>
    public static PracticeSeed? ForKey(string? key) => All.FirstOrDefault(s => s.Key == key);

    /// <summary>A stable id for a seed's program, so a hub that takes the seeds in twice keeps one lineage per program.</summary>
    public static Guid ProgramIdOf(string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("offramp-practice-seed:" + key));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static IReadOnlyList<PracticeSeed> Load()
    {
        var assembly = typeof(PracticeSeeds).Assembly;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowTrailingCommas = true };
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("practice-library/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<PracticeSeedFile>(stream, options)!.ToSeed();
            })];
    }

    private sealed class PracticeSeedFile
    {
        public string Key { get; set; } = "";

        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Setting { get; set; }

        public string? Country { get; set; }

        public string? Region { get; set; }

        public List<string> Aims { get; set; } = [];

        public string? Summary { get; set; }

        public string? TargetGroup { get; set; }

        public string? EntryCriteria { get; set; }

        public List<PracticeComponent> Components { get; set; } = [];

        public string? PlannedDose { get; set; }

        public string? Staffing { get; set; }

        public string? Training { get; set; }

        public string? Partners { get; set; }

        public string? AdvisoryGroup { get; set; }

        public string? FamilyInvolvement { get; set; }

        public string? Aftercare { get; set; }

        public string? Protection { get; set; }

        public PracticeCost? CostPerParticipant { get; set; }

        public string? FundingHorizon { get; set; }

        public string? EvaluationDesign { get; set; }

        public string? PublicContact { get; set; }

        public PracticeMechanism? Mechanism { get; set; }

        public List<PracticeSource> Sources { get; set; } = [];

        public List<PracticeLesson> Lessons { get; set; } = [];

        public PracticeSeed ToSeed() => new(Key, new PracticeProfile
        {
            Name = Name,
            Kind = Kind,
            Setting = Setting,
            Country = Country,
            Region = Region,
            Aims = Aims,
            Summary = Summary,
            TargetGroup = TargetGroup,
            EntryCriteria = EntryCriteria,
            Components = Components,
            PlannedDose = PlannedDose,
            Staffing = Staffing,
            Training = Training,
            Partners = Partners,
            AdvisoryGroup = AdvisoryGroup,
            FamilyInvolvement = FamilyInvolvement,
            Aftercare = Aftercare,
            Protection = Protection,
            CostPerParticipant = CostPerParticipant,
            FundingHorizon = FundingHorizon,
            EvaluationDesign = EvaluationDesign,
            PublicContact = PublicContact,
            Mechanism = Mechanism ?? new(),
            Sources = Sources,
        }, Lessons);
    }
}

/// <summary>A shipped profile: its key (a template's key for the five reference programs) and the lessons its sources state.</summary>
public sealed record PracticeSeed(string Key, PracticeProfile Profile, IReadOnlyList<PracticeLesson> Lessons);
