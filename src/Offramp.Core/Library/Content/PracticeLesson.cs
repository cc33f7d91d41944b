using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Library.Content;

/// <summary>
/// A lesson learned a program shares (schemas/practice-lesson.schema.json): the context, the challenge, what was tried
/// and the result, with tags a practitioner searches by. Like the profile, one class is form, command and signed content.
/// </summary>
public sealed class PracticeLesson : IValidatableCommand
{
    [Required(ErrorMessage = "Give the lesson a title.")]
    [StringLength(200, ErrorMessage = "The title is limited to 200 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Describe the context: where and with whom this happened.")]
    [StringLength(2000, ErrorMessage = "The context is limited to 2,000 characters.")]
    public string Context { get; set; } = "";

    [Required(ErrorMessage = "Describe the challenge.")]
    [StringLength(2000, ErrorMessage = "The challenge is limited to 2,000 characters.")]
    public string Challenge { get; set; } = "";

    [Required(ErrorMessage = "Describe what was tried.")]
    [StringLength(2000, ErrorMessage = "What was tried is limited to 2,000 characters.")]
    public string Tried { get; set; } = "";

    [Required(ErrorMessage = "Describe the result, or say that it is not known yet.")]
    [StringLength(2000, ErrorMessage = "The result is limited to 2,000 characters.")]
    public string Result { get; set; } = "";

    /// <summary><see cref="LessonTags"/> codes.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>For a lesson taken from a published document: its title.</summary>
    [StringLength(400, ErrorMessage = "The source is limited to 400 characters.")]
    public string? Source { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Tags.Count == 0)
        {
            yield return (nameof(Tags), "Choose at least one tag, so others can find the lesson.");
        }

        if (Tags.Count > 8 || Tags.Count != Tags.Distinct(StringComparer.Ordinal).Count())
        {
            yield return (nameof(Tags), "Choose at most eight tags, each once.");
        }

        foreach (var (tag, i) in Tags.Select((t, i) => (t, i)).Where(t => !LessonTags.All.Contains(t.t)))
        {
            yield return ($"{nameof(Tags)}[{i}]", Phrase.Of($"Unknown tag '{tag}'."));
        }
    }

    public PracticeLesson Tidied()
    {
        Title = Title?.Trim() ?? "";
        Context = Context?.Trim() ?? "";
        Challenge = Challenge?.Trim() ?? "";
        Tried = Tried?.Trim() ?? "";
        Result = Result?.Trim() ?? "";
        Tags ??= [];
        Source = string.IsNullOrWhiteSpace(Source) ? null : Source.Trim();
        return this;
    }
}

/// <summary>The tags of lessons learned: the questions practitioners in the field keep asking each other (DOMAIN.md, the off-ramps meeting).</summary>
public static class LessonTags
{
    public static readonly IReadOnlyList<string> All =
    [
        "voluntariness", "confidentiality", "aftercare", "retribution", "family", "mentors", "formers", "stigma", "relocation",
        "community-acceptance", "religion", "employment", "staff-training", "evaluation", "juveniles", "returnees",
    ];
}
