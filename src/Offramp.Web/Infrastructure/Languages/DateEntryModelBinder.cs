using System.Globalization;

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// Binds a date field as the page asked for it (<see cref="DateEntry"/>): the framework's binder would read the invariant
/// culture's month-first form, so "05/10/2026" typed on a French page would become 10 May. A date that cannot be read
/// is refused with a message beside its field, in the reader's language (via <see cref="TranslatedFormMessages"/>).
/// </summary>
public sealed class DateEntryModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
        var text = posted.FirstValue;
        var type = bindingContext.ModelMetadata.UnderlyingOrModelType;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            }

            return Task.CompletedTask;
        }

        if (!DateEntry.TryParse(text, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var date))
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DateEntry.MessageText);
            return Task.CompletedTask;
        }

        bindingContext.Result = ModelBindingResult.Success(type == typeof(DateTime) ? date.ToDateTime(TimeOnly.MinValue) : date);
        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="DateEntryModelBinder"/> in front of the framework's binders for DateOnly and DateTime fields.</summary>
public sealed class DateEntryModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) || context.Metadata.UnderlyingOrModelType == typeof(DateTime)
            ? new DateEntryModelBinder()
            : null;
}
