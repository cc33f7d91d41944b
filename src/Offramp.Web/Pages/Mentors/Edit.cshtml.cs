using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Mentoring;

namespace Offramp.Web.Pages.Mentors;

/// <summary>
/// Adds a mentor to the registry of a program the caller directs, or edits one (chosen by program and user). The
/// choices list only people holding the Mentor role there; a program the caller does not direct answers 404.
/// </summary>
public sealed class EditModel(ListRegistryChoices choices, ListMentors mentors, RegisterMentor register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "program")]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid? UserId { get; set; }

    public IReadOnlyList<RegistryProgram> Programs { get; private set; } = [];

    public bool IsExisting { get; private set; }

    [BindProperty]
    public MentorProfileCommand Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Programs = await choices.ExecuteAsync(ct);
        if (Programs.Count == 0 || (ProgramId is { } p && Programs.All(x => x.ProgramId != p)))
        {
            return NotFound();
        }

        Input.ProgramId = ProgramId ?? Programs[0].ProgramId;
        if (UserId is { } user)
        {
            var existing = (await mentors.ExecuteAsync(ct)).SingleOrDefault(m => m.ProgramId == Input.ProgramId && m.UserId == user);
            if (existing is null)
            {
                return NotFound();
            }

            IsExisting = true;
            Input = FromView(existing);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Programs = await choices.ExecuteAsync(ct);
        IsExisting = UserId is not null;
        return await FormOutcome.RunAsync(this, "Input.", () => register.ExecuteAsync(Input, ct), () => RedirectToPage("Index"));
    }

    private static MentorProfileCommand FromView(MentorView m) => new()
    {
        UserId = m.UserId,
        ProgramId = m.ProgramId,
        Background = m.Background,
        BackgroundNote = m.BackgroundNote,
        Languages = m.Languages,
        TrainingCourse = m.TrainingCourse,
        TrainingStartedOn = m.TrainingStartedOn,
        TrainingCompletedOn = m.TrainingCompletedOn,
        Capacity = m.Capacity,
        Availability = m.Availability,
        SupervisorUserId = m.SupervisorUserId,
        Active = m.Active,
    };
}
