using Offramp.Core.Evidence.Publishing;

namespace Offramp.Web.Pages.Evidence;

/// <summary>Bundle codes in words for the pages ("left-early" → "Left early").</summary>
public static class EvidenceWords
{
    public static string Movement(Movement movement) => movement switch
    {
        Core.Evidence.Publishing.Movement.Jihadist => "Jihadist",
        Core.Evidence.Publishing.Movement.FarRight => "Far right",
        Core.Evidence.Publishing.Movement.FarLeft => "Far left",
        Core.Evidence.Publishing.Movement.EthnoNationalist => "Ethno-nationalist or separatist",
        Core.Evidence.Publishing.Movement.SingleIssue => "Single issue",
        _ => "Mixed or unclear",
    };

    /// <summary>"left-early" → "Left early", "18-24" stays.</summary>
    public static string Code(string code) => code.Length == 0 || char.IsDigit(code[0]) ? code : char.ToUpperInvariant(code[0]) + code[1..].Replace('-', ' ');

    /// <summary>A breakdown's dimension in words: a coded field by its label in the bundle, the fixed ones by their code.</summary>
    public static string Dimension(Offramp.Core.Evidence.Bundles.EvidenceBundle bundle, string dimension) =>
        bundle.CodedFields?.FirstOrDefault(f => f.Dimension == dimension)?.Label ?? Code(dimension);

    /// <summary>A breakdown's category in words: a coded option by the codebook's label.</summary>
    public static string Category(Offramp.Core.Evidence.Bundles.EvidenceBundle bundle, string dimension, string category) =>
        bundle.CodedFields?.FirstOrDefault(f => f.Dimension == dimension) is { } field
            ? field.Options.FirstOrDefault(o => o.Code == category)?.Label ?? Code(category)
            : Code(category);

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "";
}
