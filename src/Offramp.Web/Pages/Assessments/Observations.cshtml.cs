using Microsoft.AspNetCore.Mvc;

using Offramp.Core.Assessments;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Assessments.Observations;
using Offramp.Core.Common;
using Offramp.Core.Participants.Read;
using Offramp.Web.Pages.Participants;

namespace Offramp.Web.Pages.Assessments;

/// <summary>
/// Observations about a participant from several sources, each with its reliability, and a form to add one and attach
/// it as evidence to items of the assessments still being rated (raters then see it beside the item).
/// </summary>
public sealed class ObservationsModel(
    GetParticipantRecord read, ListObservations list, ListAssessments assessments, ListInstruments instruments, RecordObservation record, IClock clock)
    : ParticipantFormPage(read)
{
    [BindProperty]
    public ObservationCommand Input { get; set; } = new();

    /// <summary>The ticked items, each "assessment id|item key".</summary>
    [BindProperty]
    public List<string> Evidence { get; set; } = [];

    public IReadOnlyList<ObservationView> Observations { get; private set; } = [];

    /// <summary>The case team and the director record observations; an emergency (break-glass) reader only reads them.</summary>
    public bool MayRecord => Record.Caller.IsDirector || Record.Caller.TeamRoles.Count > 0;

    public IReadOnlyList<AssessmentSummary> Assessments { get; private set; } = [];

    /// <summary>Assessments still being rated, with their instrument's items: the ones evidence can be offered for.</summary>
    public IReadOnlyList<(AssessmentSummary Assessment, InstrumentDefinition Instrument)> Open { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct))
        {
            return NotFound();
        }

        Input.ObservedOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadListsAsync(ct))
        {
            return NotFound();
        }

        Input.Links = [.. Evidence.Select(ToLink)];
        return await FormOutcome.RunAsync(this, "Input.", () => record.ExecuteAsync(Id, Input, ct), () => RedirectToPage("Observations", new { id = Id }));
    }

    public string AssessmentLabel(Guid assessmentId) =>
        Assessments.FirstOrDefault(a => a.Id == assessmentId) is { } a ? $"{a.InstrumentName} {a.InstrumentVersion}, {a.AssessedOn:yyyy-MM-dd}" : "";

    /// <summary>A value that does not parse becomes an empty assessment id, which the use case reports as "no such assessment".</summary>
    private static ObservationLinkInput ToLink(string value)
    {
        var parts = value.Split('|', 2);
        return new ObservationLinkInput
        {
            AssessmentId = Guid.TryParse(parts[0], out var id) ? id : Guid.Empty,
            ItemKey = parts.Length == 2 ? parts[1] : "",
        };
    }

    private async Task<bool> LoadListsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return false;
        }

        Observations = await list.ExecuteAsync(Id, ct);
        Assessments = await assessments.ExecuteAsync(Id, ct);
        var open = new List<(AssessmentSummary, InstrumentDefinition)>();
        var definitions = new Dictionary<Guid, InstrumentDefinition>();
        foreach (var a in Assessments.Where(a => a.Status == AssessmentStatus.Rating))
        {
            if (!definitions.TryGetValue(a.InstrumentId, out var definition))
            {
                definition = (await instruments.GetAsync(a.InstrumentId, ct)).Definition;
                definitions[a.InstrumentId] = definition;
            }

            open.Add((a, definition));
        }

        Open = open;
        return true;
    }
}
