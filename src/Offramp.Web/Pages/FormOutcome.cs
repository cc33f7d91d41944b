using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Offramp.Core.Common;
using Offramp.Reports;

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
            AddErrors(page, prefix, e);
        }
        catch (Exception e) when (e is ConcurrencyException or ConflictException or ForbiddenException)
        {
            page.ModelState.AddModelError("", MessageOf(page, e));
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

    /// <summary>
    /// A refusal's message in the reader's language: one Core gave as a phrase is worded here, with its values; a
    /// fixed one is left as it is, for <see cref="Infrastructure.Languages.TranslatedFormMessages"/> to translate.
    /// </summary>
    public static string MessageOf(PageModel page, Exception e) => Wording(e) is { } phrase
        ? page.HttpContext.RequestServices.GetRequiredService<Sentences>().Say(phrase)
        : e.Message;

    private static Phrase? Wording(Exception e) => e switch
    {
        DomainException d => d.Wording,
        ConflictException c => c.Wording,
        ForbiddenException f => f.Wording,
        _ => null,
    };

    private static void AddErrors(PageModel page, string prefix, DomainException e)
    {
        if (e.FieldErrors.Count == 0)
        {
            page.ModelState.AddModelError("", MessageOf(page, e));
            return;
        }

        foreach (var (field, messages) in e.FieldErrors)
        {
            foreach (var message in messages)
            {
                // A rule given as a phrase is the exception's message under its one field.
                page.ModelState.AddModelError(field.Length == 0 ? "" : $"{prefix}{field}", e.Wording is not null && message == e.Message ? MessageOf(page, e) : message);
            }
        }
    }
}
