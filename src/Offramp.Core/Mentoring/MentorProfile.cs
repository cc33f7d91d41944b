using Offramp.Core.Common;

namespace Offramp.Core.Mentoring;

/// <summary>
/// A mentor in the registry of a program: background (former extremists are valued mentors), languages, training with
/// its dates (Back on Track trains mentors for a year), availability and supervisor. About staff, not participants.
/// </summary>
public sealed class MentorProfile : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    /// <summary>The mentor's account; they hold the Mentor role in the program.</summary>
    public Guid UserId { get; set; }

    public MentorBackground Background { get; set; }

    public string? BackgroundNote { get; set; }

    /// <summary>Comma-separated languages, e.g. "Danish, Arabic".</summary>
    public string? Languages { get; set; }

    public string? TrainingCourse { get; set; }

    public DateOnly? TrainingStartedOn { get; set; }

    public DateOnly? TrainingCompletedOn { get; set; }

    /// <summary>How many mentees the mentor can take at once.</summary>
    public int Capacity { get; set; } = 2;

    public string? Availability { get; set; }

    public Guid? SupervisorUserId { get; set; }

    public bool Active { get; set; } = true;
}

public enum MentorBackground
{
    Former,
    Professional,
    Community,
    Faith,
    Peer,
    Volunteer,
}
