using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Assessments.Certifications;
using Offramp.Core.Assessments.Instruments;
using Offramp.Core.Common;

namespace Offramp.Web.Pages.Instruments;

/// <summary>
/// Assessor certifications for the organisation admin (everyone) or a program director (their programs' staff):
/// record one per user and instrument with its expiry; the list flags those that expire soon or have expired.
/// </summary>
public sealed class CertificationsModel(ManageCertifications certifications, ListCertifiableStaff staff, ListInstruments instruments, IClock clock) : PageModel
{
    /// <summary>How far ahead an expiry is flagged: long enough to book the refresher training.</summary>
    public const int ExpiringSoonDays = 60;

    [BindProperty]
    public CertificationCommand Input { get; set; } = new();

    /// <summary>The chosen assessor, bound apart so that "none chosen" reaches the use case's own message.</summary>
    [BindProperty]
    public Guid? Assessor { get; set; }

    public IReadOnlyList<CertificationView> Certifications { get; private set; } = [];

    public IReadOnlyList<CertifiableUser> Staff { get; private set; } = [];

    public IReadOnlyList<string> InstrumentNames { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool ExpiresSoon(CertificationView c) => c.ValidToday && c.ValidUntil <= Today.AddDays(ExpiringSoonDays);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.CertifiedOn = Today;
        Input.ValidUntil = Today.AddYears(2);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.UserId = Assessor ?? Guid.Empty;
        return await FormOutcome.RunAsync(this, "Input.", () => certifications.RecordAsync(Input, ct), () => RedirectToPage("Certifications"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Today = clock.Today;
        try
        {
            Certifications = await certifications.ListAsync(ct);
            Staff = await staff.ExecuteAsync(ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        InstrumentNames = [.. (await instruments.ExecuteAsync(ct)).Select(i => i.Name).Distinct(StringComparer.Ordinal)];
        return true;
    }
}
