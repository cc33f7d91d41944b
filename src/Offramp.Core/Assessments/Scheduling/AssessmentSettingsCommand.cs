using System.ComponentModel.DataAnnotations;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Scheduling;

public sealed class AssessmentSettingsCommand : IValidatableCommand
{
    public bool MentorsMayRate { get; set; }

    public bool CaseworkersMayRate { get; set; }

    public List<RhythmInput> Rhythms { get; set; } = [];

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (Rhythms.Count > 20)
        {
            yield return (nameof(Rhythms), "At most 20 rhythms.");
        }
    }
}

public sealed class RhythmInput
{
    [Required(ErrorMessage = "Name the instrument.")]
    [StringLength(200)]
    public string InstrumentName { get; set; } = "";

    [Required(ErrorMessage = "Name the review (e.g. \"full review\").")]
    [StringLength(100)]
    public string Label { get; set; } = "";

    [Range(1, 3650, ErrorMessage = "The interval is 1 to 3,650 days.")]
    public int IntervalDays { get; set; }
}
