using System.IO.Compression;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evaluation;
using Offramp.Core.Evaluation.Exports;

namespace Offramp.Web.Pages.Evaluation;

/// <summary>
/// The research export of `offramp export research`, downloaded as one zip: the same use case
/// (<see cref="ExportResearchData"/>) writes the files into a private temporary folder (consenting participants only,
/// recipient-keyed pseudonyms, dates masked, spreadsheet-safe CSV, the export audited in its transaction); the folder is
/// zipped into a temporary file that is deleted when the download closes, and the folder at once. Like the other bulk
/// releases it takes a fresh authenticator code, checked by the same verifier as disclosure and API tokens.
/// </summary>
public sealed class ExportModel(EvaluationAccess access, ExportResearchData export, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ProgramId { get; set; }

    [BindProperty]
    public ResearchExportForm Input { get; set; } = new();

    [BindProperty]
    public string? StepUpCode { get; set; }

    public string ProgramName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!StepUp.HasCode(this, StepUpCode))
        {
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("offramp-research-");
        try
        {
            IActionResult? download = null;
            var options = new ResearchExportOptions(Input.Recipient ?? "", folder.FullName, Input.Format, Input.Dates);
            var outcome = await FormOutcome.RunAsync(this, "Input.", async () =>
            {
                await StepUp.VerifyAsync(this, StepUpCode!, ct);
                await export.ForCallerAsync(ProgramId, options, ct);
                download = File(Zip(folder), "application/zip", $"research-export-{clock.Today:yyyy-MM-dd}.zip");
            }, () => download!);
            return outcome;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The folder's files in a zip on disk that removes itself when the response has been sent.</summary>
    private static FileStream Zip(DirectoryInfo folder)
    {
        var path = Path.Combine(Path.GetTempPath(), $"offramp-research-{Guid.NewGuid():N}.zip");
        var zip = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in folder.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                archive.CreateEntryFromFile(file.FullName, file.Name, CompressionLevel.Optimal);
            }
        }

        zip.Position = 0;
        return zip;
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            ProgramName = (await access.ForCallerAsync(ProgramId, ct)).Name;
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

/// <summary>The CLI's options: --recipient, --format, --dates (the folder is the server's own).</summary>
public sealed class ResearchExportForm
{
    public string? Recipient { get; set; }

    public ExportFormat Format { get; set; } = ExportFormat.Csv;

    public DateMasking Dates { get; set; } = DateMasking.Shift;
}
