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

    /// <summary>A proportion as a percentage with one decimal, written the reader's way ("12,5%" in French).</summary>
    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", Reports.Sentences.NumberFormat) + "%" : "";
}
