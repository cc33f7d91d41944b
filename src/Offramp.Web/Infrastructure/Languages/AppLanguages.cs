using System.Globalization;

using Microsoft.AspNetCore.Localization;

namespace Offramp.Web.Infrastructure.Languages;

/// <summary>
/// The languages the app speaks (the UI culture). The choice comes from, in order: the language cookie (set by the switcher on every
/// page, and at sign-in from the person's profile), then the browser's Accept-Language, then English.
/// </summary>
public static class AppLanguages
{
    public const string Default = "en";

    /// <summary>Code and the language's own name, as the switcher shows it: a reader looks for their language in its own script.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("en", "English"),
        ("fr", "Français"),
        ("ar", "العربية"),
    ];

    public const string CookieName = "offramp-lang";

    public static bool IsSupported(string? code) => code is not null && All.Any(l => l.Code == code);

    public static RequestLocalizationOptions Options()
    {
        // Only the UI culture follows the reader. The formatting culture stays English so that forms bind the same
        // way in every language (a date or number input posts "2026-10-24" and "0.5" whatever the page's language);
        // pages format what they show for the reader through ReaderFormats and the UI culture.
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Default)
            .AddSupportedCultures(Default)
            .AddSupportedUICultures(All.Select(l => l.Code).ToArray());
        options.ApplyCurrentCultureToResponseHeaders = true;
        options.RequestCultureProviders =
        [
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>Remembers <paramref name="code"/> in this browser for a year.</summary>
    public static void Remember(HttpResponse response, string code) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}
