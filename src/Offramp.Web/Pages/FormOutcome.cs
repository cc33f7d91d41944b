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
            foreach (var (field, messages) in e.FieldWordings)
            {
                var key = field.Length == 0 ? "" : $"{prefix}{field}";
                if (page.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
                {
                    continue;
                }

                foreach (var message in messages)
                {
                    page.ModelState.AddModelError(key, Say(page, message));
                }
            }
        }
    }

    /// <summary>
    /// A refusal's message in the reader's language: one Core gave as a phrase is worded here, with its values; a
    /// fixed one is left as it is, for <see cref="Infrastructure.Languages.TranslatedFormMessages"/> to translate.
    /// </summary>
    public static string MessageOf(PageModel page, Exception e) => Wording(e) is { } phrase ? Say(page, phrase) : e.Message;

    /// <summary>
    /// Every field's messages in the reader's language, by field (the refusal's own message under "$" when it names no
    /// field): for a page that lists an imported file's problems rather than showing them beside inputs.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> FieldMessagesOf(PageModel page, DomainException e) =>
        e.FieldWordings.Count == 0
            ? [("$", MessageOf(page, e))]
            : [.. e.FieldWordings.SelectMany(f => f.Value.Select(m => (f.Key, Say(page, m))))];

    /// <summary>A phrase in the reader's language, its values formatted their way; a fixed English one stays for the page filter to translate.</summary>
    private static string Say(PageModel page, Phrase phrase) => page.HttpContext.RequestServices.GetRequiredService<Sentences>().Say(phrase);

    private static Phrase? Wording(Exception e) => e switch
    {
        DomainException d => d.Wording,
        ConflictException c => c.Wording,
        ForbiddenException f => f.Wording,
        _ => null,
    };

    private static void AddErrors(PageModel page, string prefix, DomainException e)
    {
        if (e.FieldWordings.Count == 0)
        {
            page.ModelState.AddModelError("", MessageOf(page, e));
            return;
        }

        foreach (var (field, messages) in e.FieldWordings)
        {
            foreach (var message in messages)
            {
                page.ModelState.AddModelError(field.Length == 0 ? "" : $"{prefix}{field}", Say(page, message));
            }
        }
    }
}
