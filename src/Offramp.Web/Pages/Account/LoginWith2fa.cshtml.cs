using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>The code form, where password and code are judged together (<see cref="SecondFactorStep"/>).</summary>
public sealed class LoginWith2faModel(SecondFactorStep step) : SecondFactorPage
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code has 6 digits.")]
    [Display(Name = "Authenticator code")]
    public string Code { get; set; } = "";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SignInAsync(() => step.AuthenticatorCodeAsync(WithoutSpaces(Code), ct), nameof(Code), SignInMessages.CodeFailed);
}
