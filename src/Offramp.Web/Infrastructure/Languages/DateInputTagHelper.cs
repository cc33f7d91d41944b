using System.Globalization;

using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// Every <c>&lt;input type="date"&gt;</c> in the pages becomes a text field in the page's language (see <see cref="DateEntry"/>):
/// its value written the reader's way, a hint in their words while it is empty. It runs after the framework's input
/// tag helper, which has already written the value as ISO; pages keep writing <c>type="date"</c> and need not know.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class DateInputTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("placeholder", DateEntry.Hint(language));
        output.Attributes.SetAttribute("data-date", DateEntry.Pattern(language));
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("size", "12");
        output.Attributes.SetAttribute("maxlength", "10");
        // min and max mean nothing on a text field; Core refuses a date out of range with a message beside the field.
        output.Attributes.RemoveAll("min");
        output.Attributes.RemoveAll("max");

        // A value the form posted back that could not be read stays as typed, so the person sees what to correct.
        if (output.Attributes.TryGetAttribute("value", out var value)
            && DateOnly.TryParseExact(value.Value?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            output.Attributes.SetAttribute("value", DateEntry.Format(date, language));
        }
    }
}
