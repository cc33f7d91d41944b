using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Core.Evidence.Hub;

namespace Offramp.Web.Pages.Hub;

/// <summary>
/// Who the hub accepts bundles from: the publishers and their keys. The hub's admins register a publisher's public key
/// and revoke keys; everyone at the hub uploads signed bundles, which are checked before they count.
/// </summary>
public sealed class PublishersModel(HubAccess access, ListHubPublishers list, RegisterHubPublisher register, RevokeHubKey revoke, ReceiveEvidenceBundle receive) : PageModel
{
    /// <summary>Bound only by the registration handler: the other forms of the page must not be checked against its rules.</summary>
    public RegisterHubPublisherCommand Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Bundle { get; set; }

    public IReadOnlyList<HubPublisherView> Publishers { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public string? Received { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostRegisterAsync([Bind(Prefix = "Input")] RegisterHubPublisherCommand input, CancellationToken ct)
    {
        Input = input;
        return await LoadAsync(ct) ?? await FormOutcome.RunAsync(this, "Input.", () => register.ExecuteAsync(Input, ct), () => RedirectToPage());
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid hubKeyId, CancellationToken ct)
    {
        return await LoadAsync(ct) ?? await FormOutcome.RunAsync(this, "", () => revoke.ExecuteAsync(hubKeyId, ct), () => RedirectToPage());
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Bundle is null || Bundle.Length == 0)
        {
            ModelState.AddModelError(nameof(Bundle), "Choose the signed bundle file to upload.");
            return Page();
        }

        using var buffer = new MemoryStream();
        await Bundle.OpenReadStream().CopyToAsync(buffer, ct);
        return await FormOutcome.RunAsync(this, "", async () =>
        {
            await receive.ExecuteAsync(buffer.ToArray(), ct);
            Received = Bundle.FileName;
        }, () => RedirectToPage("Index"));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        try
        {
            IsAdmin = (await access.ReaderAsync(ct)).IsAdmin;
            Publishers = await list.ExecuteAsync(ct);
            return null;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
