using Microsoft.AspNetCore.Mvc;

using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

/// <summary>The director's view of a case team: add colleagues in their program role, end memberships.</summary>
public sealed class TeamModel(GetParticipantRecord read, ListProgramStaff staff, AddTeamMember add, EndTeamMembership end) : ParticipantFormPage(read)
{
    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public Guid MemberId { get; set; }

    public IReadOnlyList<StaffOption> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAllAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await LoadAllAsync(ct))
        {
            return NotFound();
        }

        var parts = (Choice ?? "").Split('|');
        var command = parts.Length == 2 && Guid.TryParse(parts[0], out var userId) && Enum.TryParse<Core.Access.Role>(parts[1], out var role)
            ? new AddTeamMemberCommand { UserId = userId, Role = role }
            : new AddTeamMemberCommand();
        return await FormOutcome.RunAsync(this, "", () => add.ExecuteAsync(Id, command, ct), () => RedirectToPage("Team", new { id = Id }));
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        if (!await LoadAllAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "", () => end.ExecuteAsync(Id, MemberId, Version, ct), () => RedirectToPage("Team", new { id = Id }));
    }

    private async Task<bool> LoadAllAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !Record.Caller.IsDirector)
        {
            return false;
        }

        try
        {
            Staff = await staff.ExecuteAsync(Id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
