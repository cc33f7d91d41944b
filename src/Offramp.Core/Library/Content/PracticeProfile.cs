using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Library.Content;

/// <summary>
/// A program as its director describes it for the practice library (schemas/practice-profile.schema.json). The same
/// class is the form a director fills in, the command the use case validates and the content that is signed, so the
/// three can never drift apart. A null text means "not stated" (for a profile taken from published sources: "not
/// stated in the source"), never "none". Nothing about a participant belongs here; the releasing director checks that.
/// </summary>
public sealed class PracticeProfile : IValidatableCommand
{
    [Required(ErrorMessage = "Give the program's name.")]
    [StringLength(200, ErrorMessage = "The name is limited to 200 characters.")]
    public string Name { get; set; } = "";

    /// <summary>A <see cref="Organisations.ProgramKind"/> name.</summary>
    [Required(ErrorMessage = "Choose the kind of program.")]
    public string Kind { get; set; } = "";

    /// <summary>A <see cref="PracticeSetting"/> name, or null when not stated.</summary>
    public string? Setting { get; set; }

    [StringLength(200, ErrorMessage = "The country is limited to 200 characters.")]
    public string? Country { get; set; }

    [StringLength(200, ErrorMessage = "The region is limited to 200 characters.")]
    public string? Region { get; set; }

    /// <summary><see cref="Organisations.ProgramAims"/> names.</summary>
    public List<string> Aims { get; set; } = [];

    [StringLength(4000, ErrorMessage = "The summary is limited to 4,000 characters.")]
    public string? Summary { get; set; }

    [StringLength(4000, ErrorMessage = "The target group is limited to 4,000 characters.")]
    public string? TargetGroup { get; set; }

    [StringLength(4000, ErrorMessage = "The entry criteria are limited to 4,000 characters.")]
    public string? EntryCriteria { get; set; }

    public List<PracticeComponent> Components { get; set; } = [];

    [StringLength(4000, ErrorMessage = "The planned dose is limited to 4,000 characters.")]
    public string? PlannedDose { get; set; }

    [StringLength(4000, ErrorMessage = "Staffing is limited to 4,000 characters.")]
    public string? Staffing { get; set; }

    [StringLength(4000, ErrorMessage = "Training is limited to 4,000 characters.")]
    public string? Training { get; set; }

    [StringLength(4000, ErrorMessage = "Partners are limited to 4,000 characters.")]
    public string? Partners { get; set; }

    [StringLength(4000, ErrorMessage = "The advisory group is limited to 4,000 characters.")]
    public string? AdvisoryGroup { get; set; }

    [StringLength(4000, ErrorMessage = "The family involvement policy is limited to 4,000 characters.")]
    public string? FamilyInvolvement { get; set; }

    [StringLength(4000, ErrorMessage = "Aftercare is limited to 4,000 characters.")]
    public string? Aftercare { get; set; }

    [StringLength(4000, ErrorMessage = "Protection is limited to 4,000 characters.")]
    public string? Protection { get; set; }

    public PracticeCost? CostPerParticipant { get; set; }

    [StringLength(4000, ErrorMessage = "The funding horizon is limited to 4,000 characters.")]
    public string? FundingHorizon { get; set; }

    [StringLength(4000, ErrorMessage = "The evaluation design is limited to 4,000 characters.")]
    public string? EvaluationDesign { get; set; }

    [StringLength(200, ErrorMessage = "The public contact is limited to 200 characters.")]
    public string? PublicContact { get; set; }

    public PracticeMechanism Mechanism { get; set; } = new();

    public List<PracticeSource> Sources { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (!Enum.TryParse<Organisations.ProgramKind>(Kind, ignoreCase: false, out _))
        {
            yield return (nameof(Kind), Phrase.Of($"Choose the kind of program: one of {string.Join(", ", Enum.GetNames<Organisations.ProgramKind>())}."));
        }

        if (Setting is not null && !Enum.TryParse<PracticeSetting>(Setting, ignoreCase: false, out _))
        {
            yield return (nameof(Setting), Phrase.Of($"The setting is one of {string.Join(", ", Enum.GetNames<PracticeSetting>())}, or not stated."));
        }

        foreach (var (aim, i) in Aims.Select((a, i) => (a, i)))
        {
            if (!Enum.TryParse<Organisations.ProgramAims>(aim, ignoreCase: false, out var parsed) || parsed == Organisations.ProgramAims.None || aim.Contains(','))
            {
                yield return ($"{nameof(Aims)}[{i}]", "Unknown aim: Disengagement, Deradicalization, Rehabilitation or Reintegration.");
            }
        }

        if (Aims.Count != Aims.Distinct(StringComparer.Ordinal).Count())
        {
            yield return (nameof(Aims), "Name each aim once.");
        }

        if (Components.Count > 40)
        {
            yield return (nameof(Components), "A profile lists at most 40 components.");
        }

        foreach (var (field, message) in CostPerParticipant?.Check() ?? [])
        {
            yield return ($"{nameof(CostPerParticipant)}.{field}", message);
        }

        if (Sources.Count > 20)
        {
            yield return (nameof(Sources), "A profile cites at most 20 sources.");
        }
    }

    /// <summary>Blank texts become "not stated" (null) and blank list rows are dropped, as a form sends them.</summary>
    public PracticeProfile Tidied()
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        // A form or a JSON body may send null for anything; the validation that follows then speaks about the field.
        Name = Name?.Trim() ?? "";
        Kind ??= "";
        Aims ??= [];
        Mechanism ??= new();
        Setting = Clean(Setting);
        Country = Clean(Country);
        Region = Clean(Region);
        Summary = Clean(Summary);
        TargetGroup = Clean(TargetGroup);
        EntryCriteria = Clean(EntryCriteria);
        PlannedDose = Clean(PlannedDose);
        Staffing = Clean(Staffing);
        Training = Clean(Training);
        Partners = Clean(Partners);
        AdvisoryGroup = Clean(AdvisoryGroup);
        FamilyInvolvement = Clean(FamilyInvolvement);
        Aftercare = Clean(Aftercare);
        Protection = Clean(Protection);
        FundingHorizon = Clean(FundingHorizon);
        EvaluationDesign = Clean(EvaluationDesign);
        PublicContact = Clean(PublicContact);
        Mechanism.Tidy();
        Components = [.. (Components ?? []).Where(c => !string.IsNullOrWhiteSpace(c?.Name)).Select(c => new PracticeComponent { Name = c!.Name.Trim(), Description = Clean(c.Description) })];
        Sources = [.. (Sources ?? []).Where(s => !string.IsNullOrWhiteSpace(s?.Title)).Select(s => new PracticeSource { Title = s!.Title.Trim(), Note = Clean(s.Note) })];
        if (CostPerParticipant is { Amount: null } && string.IsNullOrWhiteSpace(CostPerParticipant.Currency) && CostPerParticipant.Year is null)
        {
            CostPerParticipant = null;
        }

        return this;
    }
}

/// <summary>Where the program works with its participants.</summary>
public enum PracticeSetting
{
    Custody,
    Community,
    CustodyAndCommunity,
    Residential,
}

/// <summary>A component or module of the program as practitioners name it.</summary>
public sealed class PracticeComponent
{
    [StringLength(200, ErrorMessage = "A component's name is limited to 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(2000, ErrorMessage = "A component's description is limited to 2,000 characters.")]
    public string? Description { get; set; }
}

/// <summary>What one participant costs, in a stated currency and year, and what that covers.</summary>
public sealed class PracticeCost
{
    [Range(0.01, 100_000_000, ErrorMessage = "The cost per participant is an amount above 0 and at most 100,000,000.")]
    public decimal? Amount { get; set; }

    public string Currency { get; set; } = "";

    [Range(1990, 2100, ErrorMessage = "The cost's year is between 1990 and 2100.")]
    public int? Year { get; set; }

    [StringLength(1000, ErrorMessage = "What the cost covers is limited to 1,000 characters.")]
    public string? Basis { get; set; }

    internal IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Amount is null)
        {
            yield return (nameof(Amount), "Give the amount, or leave the cost empty.");
        }

        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            yield return (nameof(Currency), "The currency is a three-letter code such as EUR, SEK or USD.");
        }

        if (Year is null)
        {
            yield return (nameof(Year), "Give the year the cost was measured in.");
        }
    }
}

/// <summary>The theory of change in the field's terms: the 3N model and the push and pull factors of leaving.</summary>
public sealed class PracticeMechanism
{
    [StringLength(4000, ErrorMessage = "The theory of change is limited to 4,000 characters.")]
    public string? TheoryOfChange { get; set; }

    [StringLength(4000, ErrorMessage = "Needs are limited to 4,000 characters.")]
    public string? Needs { get; set; }

    [StringLength(4000, ErrorMessage = "Narratives are limited to 4,000 characters.")]
    public string? Narratives { get; set; }

    [StringLength(4000, ErrorMessage = "Networks are limited to 4,000 characters.")]
    public string? Networks { get; set; }

    [StringLength(4000, ErrorMessage = "Push factors are limited to 4,000 characters.")]
    public string? PushFactors { get; set; }

    [StringLength(4000, ErrorMessage = "Pull factors are limited to 4,000 characters.")]
    public string? PullFactors { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => TheoryOfChange is null && Needs is null && Narratives is null && Networks is null && PushFactors is null && PullFactors is null;

    internal void Tidy()
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        TheoryOfChange = Clean(TheoryOfChange);
        Needs = Clean(Needs);
        Narratives = Clean(Narratives);
        Networks = Clean(Networks);
        PushFactors = Clean(PushFactors);
        PullFactors = Clean(PullFactors);
    }
}

/// <summary>A published document the profile's statements come from.</summary>
public sealed class PracticeSource
{
    [StringLength(400, ErrorMessage = "A source's title is limited to 400 characters.")]
    public string Title { get; set; } = "";

    [StringLength(1000, ErrorMessage = "A source's note is limited to 1,000 characters.")]
    public string? Note { get; set; }
}
