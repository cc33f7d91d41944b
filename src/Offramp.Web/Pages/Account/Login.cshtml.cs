using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>The password form. It always moves on to the code form; see <see cref="PasswordStep"/> for why.</summary>
public sealed class LoginModel(PasswordStep step) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await step.RunAsync(Input.Email.Trim(), Input.Password, ct) == PasswordStepOutcome.Enrol
            ? RedirectToPage("EnrolAuthenticator")
            : RedirectToPage("LoginWith2fa", new { ReturnUrl });
    }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
