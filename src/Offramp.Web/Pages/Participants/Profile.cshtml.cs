using Microsoft.AspNetCore.Mvc;

using Offramp.Core.CodedProfiles;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

/// <summary>
/// The participant's coded profile on the organisation's codebook: what is known at entry, then what a follow-up
/// found. Codes are what research uses; the notes are sealed and stay with the case.
/// </summary>
public sealed class ProfileModel(GetParticipantRecord read, GetCodedProfile get, RecordCodedProfile record) : ParticipantFormPage(read)
{
    public CodedProfileView Profile { get; private set; } = null!;

    [BindProperty]
    public CodedProfileCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Profile = await get.ExecuteAsync(Id, ct);
        Input = new CodedProfileCommand
        {
            Answers = [.. Profile.Answers.Select(a => new CodedAnswerCommand { Field = a.Field.Key, Codes = [.. a.Codes], Note = a.Note, ExpectedVersion = a.Version })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Profile = await get.ExecuteAsync(Id, ct);
        // "Not coded" posts an empty value, bound as null: it means no option.
        foreach (var answer in Input.Answers.Where(a => a.Codes is not null))
        {
            answer.Codes.RemoveAll(string.IsNullOrEmpty);
        }

        return await FormOutcome.RunAsync(this, "Input.", () => record.ExecuteAsync(Id, Input, ct), () => RedirectToPage("Profile", new { id = Id }));
    }

    /// <summary>The messages for one posted value ("Input.Answers[2].Codes"), all of them.</summary>
    public IEnumerable<string> ErrorsFor(string key) =>
        ModelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>The posted (or stored) answer to the field at <paramref name="index"/> of the codebook.</summary>
    public CodedAnswerCommand AnswerAt(int index) =>
        index < Input.Answers.Count ? Input.Answers[index] : new CodedAnswerCommand { Field = Profile.Answers[index].Field.Key };
}
