using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Mvc;

using Offramp.Web.Auth.SignIn;

namespace Offramp.Web.Pages.Account;

/// <summary>Password and a recovery code, judged together like the code form (<see cref="SecondFactorStep"/>).</summary>
public sealed class LoginWithRecoveryCodeModel(SecondFactorStep step) : SecondFactorPage
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(20)]
    public string RecoveryCode { get; set; } = "";

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SignInAsync(() => step.RecoveryCodeAsync(WithoutSpaces(RecoveryCode), ct), nameof(RecoveryCode), SignInMessages.RecoveryCodeFailed);
}
