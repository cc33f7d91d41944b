using System.Runtime.InteropServices;

using Offramp.Core.Participants;
using Offramp.Core.Stages;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>A program's consenting participants, one slot each (in the order read), and how many were left out for consent.</summary>
internal sealed class ParticipantRows(int capacity)
{
    private ParticipantSlots? slots;

    /// <summary>The participants' slots, indexed once all are read (in batches: see <see cref="ParticipantSlots.AddAll"/>).</summary>
    public ParticipantSlots Slots
    {
        get
        {
            if (slots is null)
            {
                slots = new ParticipantSlots(Ids.Count);
                slots.AddAll(CollectionsMarshal.AsSpan(Ids));
            }

            return slots;
        }
    }

    public List<Guid> Ids { get; } = new(capacity);

    public List<Gender> Genders { get; } = new(capacity);

    public List<int> YearOfBirth { get; } = new(capacity);

    public List<Stage> Stages { get; } = new(capacity);

    /// <summary>Day the record was created: the entry date of a participant without a recorded referral.</summary>
    public List<int> CreatedDay { get; } = new(capacity);

    public int Excluded { get; set; }

    public int Count => Ids.Count;

    public void Add(Guid id, Gender gender, int yearOfBirth, Stage stage, int createdDay)
    {
        Ids.Add(id);
        Genders.Add(gender);
        YearOfBirth.Add(yearOfBirth);
        Stages.Add(stage);
        CreatedDay.Add(createdDay);
    }
}
