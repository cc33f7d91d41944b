using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

using Offramp.Core.Common;
using Offramp.Core.Disclosure;
using Offramp.Core.Participants.Read;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;
using Offramp.Core.Transfers;
using Offramp.Core.Worklist;
using Offramp.Reports;

namespace Offramp.Web.Pages.Participants;

/// <summary>A participant's page: the record, its timeline, and the panels' data, all loaded here (partials query nothing).</summary>
public sealed class DetailsModel(
    GetParticipantRecord read, ListParticipantTransfers transfers, ListDisclosures disclosures, IStringLocalizer<SharedResource> text, EnumLabels words, IClock clock, ListWorklist worklist) : PageModel
{
    public ParticipantRecord Record { get; private set; } = null!;

    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>This person's open tasks, for their team and director, with the same actions as the worklist.</summary>
    public WorklistPage? Tasks { get; private set; }

    /// <summary>Dated entries still to come (an expected release, a session planned ahead), soonest first.</summary>
    public IReadOnlyList<TimelineItem> Ahead { get; private set; } = [];

    /// <summary>The one kind of entry to show ("stage", "justice", "session"), or every kind.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    /// <summary>Where each transfer stands, for the case team and the director.</summary>
    public IReadOnlyList<ParticipantTransferStatus> Transfers { get; private set; } = [];

    /// <summary>Disclosures the caller's role may know of (ListDisclosures narrows them).</summary>
    public IReadOnlyList<DisclosureView> Disclosures { get; private set; } = [];

    public bool OnTeam => Record.Caller.IsDirector || Record.Caller.TeamRoles.Count > 0;

    public ReferralView? PendingReferral => Record.Referrals.FirstOrDefault(r => r.Screening == ScreeningDecision.Pending);

    public bool CanRecordConsent => Record.Caller.CanManageCase && Record.Stage is Stage.Screening or Stage.Withdrawn &&
        Record.Referrals.Any(r => r.Screening == ScreeningDecision.Accepted);

    public bool HasActiveConsent => Record.Consents.Any(c => c.WithdrawnOn is null);

    /// <summary>A session is logged only with consent in force: before consent the action is not offered at all.</summary>
    public bool CanLogSession => HasActiveConsent && StageRules.IsOpen(Record.Stage);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Record = await read.ExecuteAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var all = TimelineItem.From(Record, text, words);
        var shown = TimelineItem.Kinds.Contains(Show) ? all.Where(i => i.Kind == Show).ToList() : all;
        Ahead = [.. shown.Where(i => i.Date > clock.Today).OrderBy(i => i.Date)];
        Timeline = [.. shown.Where(i => i.Date <= clock.Today)];
        if (OnTeam)
        {
            Transfers = await transfers.ExecuteAsync(id, ct);
            Tasks = await worklist.ExecuteAsync(new WorklistQuery(HorizonDays: 3650, PageSize: 20, ParticipantId: id), ct);
            Disclosures = [.. (await disclosures.ExecuteAsync(id, ct)).Where(d => d.Kind == DisclosureEntryKind.Disclosure)];
        }

        return Page();
    }
}
