using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Sessions;

public sealed class SessionCommand : IValidatableCommand
{
    [PastDate]
    public DateOnly HeldOn { get; set; }

    [Range(1, 600, ErrorMessage = "Duration must be between 1 and 600 minutes.")]
    public int DurationMinutes { get; set; }

    [DefinedEnum]
    public SessionKind Kind { get; set; }

    [DefinedEnum]
    public ConfidentialityClass Confidentiality { get; set; }

    [StringLength(20000, ErrorMessage = "Notes are limited to 20,000 characters.")]
    public string? Notes { get; set; }

    /// <summary>Staff who attended, as user ids; they must be on the case team.</summary>
    public List<Guid> AttendeeUserIds { get; set; } = [];

    /// <summary>Staff who led the session (one or two, on the case team); they count as attendees too.</summary>
    public List<Guid> FacilitatorUserIds { get; set; } = [];

    [StringLength(500)]
    public string? OtherAttendees { get; set; }

    /// <summary>The plan module this session delivered, if any (counts towards the plan's dose).</summary>
    public Guid? ModuleId { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (HeldOn == default)
        {
            yield return (nameof(HeldOn), "Enter the date of the session.");
        }

        if (AttendeeUserIds.Count > 50)
        {
            yield return (nameof(AttendeeUserIds), "At most 50 staff attendees.");
        }

        if (FacilitatorUserIds.Distinct().Count() > 2)
        {
            yield return (nameof(FacilitatorUserIds), "A session has one or two facilitators at most.");
        }
    }
}
