using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Mentoring;

public sealed class MentorProfileCommand : IValidatableCommand
{
    public Guid UserId { get; set; }

    public Guid ProgramId { get; set; }

    [DefinedEnum]
    public MentorBackground Background { get; set; }

    [StringLength(1000)]
    public string? BackgroundNote { get; set; }

    [StringLength(200)]
    public string? Languages { get; set; }

    [StringLength(200)]
    public string? TrainingCourse { get; set; }

    [PastDate]
    public DateOnly? TrainingStartedOn { get; set; }

    [PastDate]
    public DateOnly? TrainingCompletedOn { get; set; }

    [Range(0, 20, ErrorMessage = "Capacity is between 0 and 20 mentees.")]
    public int Capacity { get; set; } = 2;

    [StringLength(500)]
    public string? Availability { get; set; }

    public Guid? SupervisorUserId { get; set; }

    public bool Active { get; set; } = true;

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (TrainingCompletedOn is { } done && TrainingStartedOn is { } start && done < start)
        {
            yield return (nameof(TrainingCompletedOn), "Training cannot be completed before it started.");
        }

        if (TrainingCompletedOn is not null && TrainingStartedOn is null)
        {
            yield return (nameof(TrainingStartedOn), "Enter when the training started.");
        }
    }
}
