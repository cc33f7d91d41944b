using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Mentoring;

public sealed class MatchMentorCommand : IValidatableCommand
{
    public Guid MentorUserId { get; set; }

    [Required(ErrorMessage = "Record why this mentor was chosen.")]
    [StringLength(2000)]
    public string MatchReasons { get; set; } = "";

    [Required(ErrorMessage = "Write the goals of the agreement.")]
    [StringLength(5000)]
    public string Goals { get; set; } = "";

    [Range(1, 31, ErrorMessage = "Between 1 and 31 meetings a month.")]
    public int MeetingsPerMonth { get; set; } = 4;

    [PlausibleDate]
    public DateOnly StartedOn { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (StartedOn == default)
        {
            yield return (nameof(StartedOn), "Enter the date the agreement starts.");
        }
    }
}
