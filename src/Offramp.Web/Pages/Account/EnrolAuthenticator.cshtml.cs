using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Encodings.Web;

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

using QRCoder;

namespace Offramp.Web.Pages.Account;

/// <summary>
/// First sign-in for accounts without MFA: scan a QR code (or type the key), confirm a code, keep the recovery codes.
/// Nothing else in the app is reachable until this is done.
/// </summary>
public sealed class EnrolAuthenticatorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, OfframpDbContext db, UrlEncoder urlEncoder) : PageModel
{
    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code shown by your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Verification code")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (user.TwoFactorEnabled && User.HasClaim("amr", "mfa"))
        {
            return Redirect("/");
        }

        if (user.TwoFactorEnabled)
        {
            // Enrolled already but signed in without the second factor: ask for it instead of re-enrolling.
            await signIn.SignOutAsync();
            return RedirectToPage("Login");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/");
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not valid. Check the time on your phone and try the next code.");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        db.Audit.Record(AuditActions.MfaEnrolled, AuditEntities.User, user.Id);
        await db.SaveChangesAsync();
        return Page();
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{urlEncoder.Encode("Offramp")}:{urlEncoder.Encode(user.Email ?? "")}?secret={key}&issuer={urlEncoder.Encode("Offramp")}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
