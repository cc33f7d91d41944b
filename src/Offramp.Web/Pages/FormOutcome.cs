using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;

namespace Offramp.Web.Pages;

/// <summary>
/// Runs a use case from a form and maps the domain's answers to what a practitioner sees: field messages next to
/// the inputs, all of them at once, a clear notice when a colleague changed the record meanwhile, "saved" after a
/// save, and "not found" for anything out of scope.
/// </summary>
public static class FormOutcome
{
    /// <summary>TempData key the layout reads to say the last form was saved.</summary>
    public const string SavedKey = "form-saved";

    public static async Task<IActionResult> RunAsync(PageModel page, string prefix, Func<Task> action, Func<IActionResult> onSuccess)
    {
        if (!page.ModelState.IsValid)
        {
            AddRuleErrors(page, prefix);
            return page.Page();
        }

        try
        {
            await action();
            page.TempData[SavedKey] = true;
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

    /// <summary>
    /// A form that failed to bind (an empty date, a word in a number) also gets the command's own rules checked, so a
    /// person sees every problem in one round instead of a second set after fixing the first. Nothing runs: the rules
    /// are only read. Fields that already carry a message keep just that one.
    /// </summary>
    private static void AddRuleErrors(PageModel page, string prefix)
    {
        var name = prefix.TrimEnd('.');
        if (name.Length == 0 || page.GetType().GetProperty(name)?.GetValue(page) is not { } command)
        {
            return;
        }

        try
        {
            CommandValidation.Ensure(command);
        }
        catch (DomainException e)
        {
            foreach (var (field, messages) in e.FieldErrors)
            {
                var key = field.Length == 0 ? "" : $"{prefix}{field}";
                if (page.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
                {
                    continue;
                }

                foreach (var message in messages)
                {
                    page.ModelState.AddModelError(key, message);
                }
            }
        }
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
