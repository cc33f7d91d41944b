using System.Globalization;

using Microsoft.Extensions.Localization;

namespace Offramp.Reports.Plurals;

/// <summary>
/// The app's localizers with counted words: a text whose translation has a plural argument (see <see cref="PluralForms"/>)
/// takes the form its number needs in the reader's language ("1 month", "2 months"; Arabic's six forms), everything
/// else is exactly what the resource localizer gives. Registered in place of the resource factory by
/// <see cref="ReportWords.AddReportWords"/>, so every page, report and CLI message gets it without asking.
/// </summary>
public sealed class PluralStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PluralStringLocalizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new PluralStringLocalizer(resources.Create(baseName, location));
}

/// <inheritdoc cref="PluralStringLocalizerFactory"/>
public sealed class PluralStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    public LocalizedString this[string name] => resources[name];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // One lookup: a text without counted words is formatted as the resource localizer would (current culture).
            var found = resources[name];
            var formatted = PluralForms.Has(found.Value)
                ? string.Format(Sentences.NumberFormat, PluralForms.Choose(found.Value, arguments, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), arguments)
                : string.Format(CultureInfo.CurrentCulture, found.Value, arguments);
            return new LocalizedString(name, formatted, found.ResourceNotFound, found.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
