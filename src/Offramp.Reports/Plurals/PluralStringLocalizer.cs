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
            var found = resources[name];
            if (!PluralForms.Has(found.Value))
            {
                return resources[name, arguments];
            }

            var text = PluralForms.Choose(found.Value, arguments, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            return new LocalizedString(name, string.Format(Sentences.NumberFormat, text, arguments), found.ResourceNotFound, found.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
