using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evaluation;
using Offramp.Core.Evaluation.Cohorts;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// A program's external comparison groups, and their import in two steps through <see cref="ImportComparisonGroup"/>:
/// the upload is checked and previewed (every bad row named, nothing stored), then "Import" stores it. Between the two
/// steps the file travels back in a hidden field, sealed by Data Protection for this user and program and for
/// <see cref="PreviewLifetime"/>: the web tier keeps no state, the text cannot be swapped or replayed elsewhere, and
/// the use case checks it again anyway. The file's content is never logged.
/// </summary>
public sealed class ComparisonGroupsModel(EvaluationAccess access, ListComparisonGroups list, ImportComparisonGroup import, IDataProtectionProvider protection) : PageModel
{
    /// <summary>Enough for the use case's 100,000 rows; small enough that the sealed copy fits a form field (4 MB).</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromMinutes(30);

    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    [BindProperty]
    public ComparisonGroupForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file, sealed; empty until a preview found no problem.</summary>
    [BindProperty]
    public string? Sealed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Imported { get; set; }

    public string ProgramName { get; private set; } = "";

    public IReadOnlyList<ComparisonGroupView> Groups { get; private set; } = [];

    public ComparisonGroupPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Sealed = null;
        var csv = await ReadUploadAsync(ct);
        if (csv is null)
        {
            return Page();
        }

        return await FormOutcome.RunAsync(this, "Input.", async () =>
        {
            Preview = await import.PreviewAsync(ProgramId, Input.Name ?? "", Input.Definition ?? "", csv, ct);
            Sealed = Preview.CanImport ? Protector().Protect(csv, PreviewLifetime) : null;
        }, Page);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        string csv;
        try
        {
            csv = Protector().Unprotect(Sealed ?? "");
        }
        catch (CryptographicException)
        {
            ModelState.AddModelError(nameof(Upload), "The preview has expired or does not belong to this program. Choose the file again and preview it.");
            return Page();
        }

        var name = Input.Name ?? "";
        return await FormOutcome.RunAsync(this, "Input.", () => import.ExecuteAsync(ProgramId, name, Input.Definition ?? "", csv, ct),
            () => RedirectToPage("ComparisonGroups", new { programId = ProgramId, imported = name.Trim() }));
    }

    /// <summary>The upload as text, or null with a message on the file field.</summary>
    private async Task<string?> ReadUploadAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose a CSV file.");
            return null;
        }

        if (Upload.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), "A comparison group file is limited to 2 MB (about 100,000 rows).");
            return null;
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(Upload), "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".");
            return null;
        }
    }

    /// <summary>Sealed for this user and program: a token from another program or person does not open.</summary>
    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("Offramp.Evaluation.ComparisonGroupPreview", ProgramId.ToString(), User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "")
            .ToTimeLimitedDataProtector();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            ProgramName = (await access.ForCallerAsync(ProgramId, ct)).Name;
            Groups = await list.ExecuteAsync(ProgramId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The group's name and outcome definition; the use case states what is wrong with them.</summary>
public sealed class ComparisonGroupForm
{
    public string? Name { get; set; }

    public string? Definition { get; set; }
}
