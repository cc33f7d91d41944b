using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Assessments.Trajectory;
using Offramp.Core.Common;
using Offramp.Core.Evaluation;
using Offramp.Web.Assessments;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// Inter-rater agreement of the program's assessments, per instrument: the independent ratings come from
/// <see cref="ExportProgramRatings"/> (consenting participants only, raters as positions, audited as a read) and the
/// figures from <see cref="InstrumentAgreement"/>, i.e. the statistics library the CLI uses. Aggregates only.
/// </summary>
public sealed class AgreementModel(EvaluationAccess access, ListRatedInstruments instruments, ExportProgramRatings ratings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    public string ProgramName { get; private set; } = "";

    public IReadOnlyList<InstrumentAgreementReport> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            ProgramName = (await access.ForCallerAsync(ProgramId, ct)).Name;
            var reports = new List<InstrumentAgreementReport>();
            foreach (var instrument in await instruments.ExecuteAsync(ProgramId, ct))
            {
                reports.Add(InstrumentAgreement.Analyze(await ratings.ExecuteAsync(ProgramId, instrument, ct)));
            }

            Reports = reports;
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
