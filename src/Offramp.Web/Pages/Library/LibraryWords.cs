namespace Offramp.Web.Pages.Library;

/// <summary>The practice library's codes in words for the pages (keys of the shared resources, so they translate).</summary>
public static class LibraryWords
{
    public static readonly IReadOnlyList<string> Aims = ["Disengagement", "Deradicalization", "Rehabilitation", "Reintegration"];

    public static string Kind(string kind) => kind switch
    {
        "Prison" or "prison" => "Prison",
        "Probation" or "probation" => "Probation",
        "AlternativeToProsecution" or "alternative-to-prosecution" => "Alternative to prosecution",
        "Returnee" or "returnee" => "Returnees",
        "Community" or "community" => "Community",
        "DetentionOrCamp" or "detention-or-camp" => "Detention centre or camp",
        "AmnestyOrDefector" or "amnesty-or-defector" => "Amnesty or defectors",
        "Ddr" or "ddr" => "Disarmament, demobilisation and reintegration",
        "Prevention" or "prevention" => "Prevention",
        _ => kind,
    };

    public static string Setting(string? setting) => setting switch
    {
        "Custody" => "In custody",
        "Community" => "In the community",
        "CustodyAndCommunity" => "In custody and after release",
        "Residential" => "Residential",
        null => "Not stated",
        _ => setting,
    };

    public static string Tag(string tag) => tag switch
    {
        "voluntariness" => "Voluntariness",
        "confidentiality" => "Confidentiality and reporting",
        "aftercare" => "Aftercare",
        "retribution" => "Protection from retribution",
        "family" => "Family",
        "mentors" => "Mentors",
        "formers" => "Former extremists",
        "stigma" => "Stigma",
        "relocation" => "Relocation",
        "community-acceptance" => "Community acceptance",
        "religion" => "Religion and faith",
        "employment" => "Work and education",
        "staff-training" => "Staff training",
        "evaluation" => "Evaluation",
        "juveniles" => "Juveniles",
        "returnees" => "Returnees",
        _ => tag,
    };

    public static string Strength(Offramp.Core.Library.Hub.EvidenceStrengthLevel level) => level switch
    {
        Offramp.Core.Library.Hub.EvidenceStrengthLevel.Comparison => "Outcomes with a comparison",
        Offramp.Core.Library.Hub.EvidenceStrengthLevel.Outcomes => "Outcomes published",
        Offramp.Core.Library.Hub.EvidenceStrengthLevel.Limited => "Limited evidence",
        _ => "No evidence published",
    };
}
