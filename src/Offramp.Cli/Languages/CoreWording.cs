using System.Globalization;
using System.Resources;

using Microsoft.Extensions.DependencyInjection;

using Offramp.Core.Common;
using Offramp.Reports;

namespace Offramp.Cli.Languages;

/// <summary>
/// Core's refusals in the reader's language, worded as the web app words them: a phrase through the report's
/// <see cref="Sentences"/> (values included), a fixed message through the web app's Messages texts (linked into this
/// assembly, see Offramp.Cli.csproj), so the CLI and the forms say the same thing and nothing is translated twice.
/// English stays Core's own text, as the API and scripts have always read it.
/// </summary>
public static class CoreWording
{
    private static readonly ResourceManager Messages = new("Offramp.Cli.Resources.Messages", typeof(CoreWording).Assembly);

    // Built only when a refusal is shown in another language: help and successful runs never pay for it.
    private static readonly Lazy<Sentences> Sentences = new(() =>
        new ServiceCollection().AddLogging().AddLocalization().AddReportWords().BuildServiceProvider().GetRequiredService<Sentences>());

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The message of a Core exception; <paramref name="wording"/> is its phrase when Core gave one.</summary>
    public static string Say(Phrase? wording, string english)
    {
        if (English)
        {
            return english;
        }

        var worded = wording is null ? english : Sentences.Value.Say(wording);
        return worded == english ? Messages.GetString(english, CultureInfo.CurrentUICulture) ?? english : worded;
    }

    public static string Say(Phrase phrase) => Say(phrase, phrase.ToString());

    /// <summary>A coded value (a record type, a role) as the web app labels it; in English its name, as the CLI always printed it.</summary>
    public static string Say(Enum value) => Say(Phrase.Of($"{value}"));
}
