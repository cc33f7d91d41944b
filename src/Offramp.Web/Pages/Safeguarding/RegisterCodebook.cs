using Microsoft.Extensions.Localization;

using Offramp.Core.DataProtection;
using Offramp.Core.Disclosure;
using Offramp.Reports;

namespace Offramp.Web.Pages.Safeguarding;

/// <summary>
/// The codebook that goes with the disclosure register's CSV: what each column holds and, for the coded columns, what
/// each code means, in the reader's language. The CSV itself keeps its stable English column names and codes, so a
/// spreadsheet or script reading it works the same for every organisation.
/// </summary>
public static class RegisterCodebook
{
    public static readonly IReadOnlyList<string> Header = ["column", "description", "code", "label"];

    public static string Document(IStringLocalizer L, EnumLabels words)
    {
        string Column(string name) => name switch
        {
            "recorded_at" => L["When the entry was recorded (UTC, year-month-day hour:minute:second)."],
            "participant" => L["The participant's code in the program (no name)."],
            "kind" => L["What the entry records; see the codes below."],
            "refers_to" => L["For an approval or a correction: the entry it refers to."],
            "threshold" => L["The threshold the director judged to be met, from the organisation's policy."],
            "legal_basis" => L["The legal basis of the disclosure."],
            "recipient_agency" => L["The agency the information went to."],
            "fields" => L["The data disclosed, field by field; see the codes below."],
            "content_sha256" => L["The SHA-256 hash of exactly what was shared; the content itself stays on the participant's register."],
            "recorded_by" => L["Who recorded the entry."],
            _ => name,
        };

        var rows = new List<IReadOnlyList<object?>>();
        foreach (var column in ExportDisclosureRegister.Header)
        {
            rows.Add([column, Column(column), null, null]);
        }

        rows.AddRange(Enum.GetValues<DisclosureEntryKind>().Select(k => (IReadOnlyList<object?>)["kind", null, k.ToString(), words[k]]));
        rows.AddRange(Enum.GetValues<DisclosableField>().Select(f => (IReadOnlyList<object?>)["fields", null, f.ToString(), words[f]]));
        return SpreadsheetCsv.Document(Header, rows);
    }
}
