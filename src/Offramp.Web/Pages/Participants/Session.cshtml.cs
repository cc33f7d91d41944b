using System.Security.Claims;

using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Core.Sessions;

namespace Offramp.Web.Pages.Participants;

/// <summary>Logs a session, or corrects one (author or director) when sessionId is given.</summary>
public sealed class SessionModel(GetParticipantRecord read, LogSession log, IClock clock) : ParticipantFormPage(read)
{
    [BindProperty(SupportsGet = true)]
    public Guid? SessionId { get; set; }

    [BindProperty]
    public SessionCommand Input { get; set; } = new() { DurationMinutes = 60 };

    public IEnumerable<TeamMemberView> Team => Record.Team.Where(t => t.Until is null).DistinctBy(t => t.UserId);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.HeldOn = clock.Today;
        // Whoever logs a new session was almost always there: their own name starts ticked.
        if (SessionId is null && Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var me) && Team.Any(t => t.UserId == me))
        {
            Input.AttendeeUserIds = [me];
        }

        if (SessionId is { } sessionId)
        {
            if (Record.Sessions.SingleOrDefault(s => s.Id == sessionId) is not { NotesWithheld: false } existing)
            {
                return NotFound();
            }

            Version = existing.Version;
            Input = new SessionCommand
            {
                HeldOn = existing.HeldOn,
                DurationMinutes = existing.DurationMinutes,
                Kind = existing.Kind,
                Confidentiality = existing.Confidentiality,
                Notes = existing.Notes,
                OtherAttendees = existing.OtherAttendees,
                AttendeeUserIds = [.. Team.Where(t => existing.Attendees.Contains(t.DisplayName) && !existing.Facilitators.Contains(t.DisplayName)).Select(t => t.UserId)],
                FacilitatorUserIds = [.. Team.Where(t => existing.Facilitators.Contains(t.DisplayName)).Select(t => t.UserId)],
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await FormOutcome.RunAsync(this, "Input.",
            () => SessionId is { } sessionId ? log.UpdateAsync(Id, sessionId, Version, Input, ct) : log.AddAsync(Id, Input, ct),
            BackToRecord);
    }
}
