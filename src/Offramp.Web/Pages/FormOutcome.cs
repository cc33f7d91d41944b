using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;

namespace Offramp.Web.Pages;

/// <summary>
/// Runs a use case from a form and maps the domain's answers to what a practitioner sees: field messages next to
/// the inputs, a clear notice when a colleague changed the record meanwhile, and "not found" for anything out of scope.
/// </summary>
public static class FormOutcome
{
    public static async Task<IActionResult> RunAsync(PageModel page, string prefix, Func<Task> action, Func<IActionResult> onSuccess)
    {
        if (!page.ModelState.IsValid)
        {
            return page.Page();
        }

        try
        {
            await action();
            return onSuccess();
        }
        catch (DomainException e)
        {
            AddErrors(page.ModelState, prefix, e);
        }
        catch (ConcurrencyException e)
        {
            page.ModelState.AddModelError("", e.Message);
        }
        catch (ConflictException e)
        {
            page.ModelState.AddModelError("", e.Message);
        }
        catch (ForbiddenException e)
        {
            page.ModelState.AddModelError("", e.Message);
        }
        catch (NotFoundException)
        {
            return page.NotFound();
        }

        return page.Page();
    }

    private static void AddErrors(ModelStateDictionary state, string prefix, DomainException e)
    {
        if (e.FieldErrors.Count == 0)
        {
            state.AddModelError("", e.Message);
            return;
        }

        foreach (var (field, messages) in e.FieldErrors)
        {
            foreach (var message in messages)
            {
                state.AddModelError(field.Length == 0 ? "" : $"{prefix}{field}", message);
            }
        }
    }
}
