using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// Translates every message a form is about to show, in one place after the handler: Core writes its rules in English
/// (the API answers in English too), and a page shows them in the reader's language. A message with no translation
/// (one built with values in it) stays as written.
/// </summary>
public sealed class TranslatedFormMessages(IStringLocalizer<Messages> messages) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        foreach (var entry in context.ModelState.Values.Where(e => e.Errors.Count > 0))
        {
            var translated = entry.Errors.Select(Translate).ToList();
            entry.Errors.Clear();
            translated.ForEach(entry.Errors.Add);
        }
    }

    private ModelError Translate(ModelError error)
    {
        if (error.ErrorMessage.Length == 0)
        {
            return error;
        }

        var text = messages[error.ErrorMessage];
        return text.ResourceNotFound ? error : new ModelError(text.Value);
    }

    /// <summary>
    /// The framework's own binding messages ("The value '' is invalid.") name no field in words and cannot be
    /// translated; these say what to do instead, and the filter above translates them.
    /// </summary>
    public static void Configure(DefaultModelBindingMessageProvider provider)
    {
        provider.SetValueIsInvalidAccessor(_ => "Enter a valid value.");
        provider.SetAttemptedValueIsInvalidAccessor((_, _) => "Enter a valid value.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value.");
        provider.SetUnknownValueIsInvalidAccessor(_ => "Enter a valid value.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value.");
        provider.SetValueMustNotBeNullAccessor(_ => "This field is required.");
        provider.SetMissingBindRequiredValueAccessor(_ => "This field is required.");
        provider.SetMissingKeyOrValueAccessor(() => "This field is required.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "This field is required.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number.");
        provider.SetValueMustBeANumberAccessor(_ => "Enter a number.");
    }
}
