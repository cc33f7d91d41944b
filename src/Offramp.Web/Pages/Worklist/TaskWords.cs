using Microsoft.Extensions.Localization;

using Offramp.Core.Worklist;

namespace Offramp.Web.Pages.Worklist;

/// <summary>
/// A task's kind and title in the reader's language. Kinds are codes ("plan-review"); titles are stored as Core wrote
/// them, in English, and the fixed ones are translated here (a title with a participant's own words in it stays as written).
/// </summary>
public static class TaskWords
{
    public static string Kind(IStringLocalizer L, string kind) => kind switch
    {
        TaskKinds.PlanReview => L["Plan review"],
        TaskKinds.AgreementReview => L["Mentoring agreement review"],
        TaskKinds.Reassessment => L["Re-assessment"],
        TaskKinds.FollowUp => L["Follow-up"],
        TaskKinds.Aftercare => L["Aftercare"],
        TaskKinds.Alert => L["Assessment alert"],
        TaskKinds.Concern => L["Concern"],
        TaskKinds.AccessReview => L["Emergency access review"],
        TaskKinds.General => L["Other task"],
        TaskKinds.SubjectAccess => L["Subject access request"],
        _ => kind,
    };

    /// <summary>Where the record that closes a task is made, for the kinds no one ticks off by hand.</summary>
    public static string? RecordPage(string kind, Guid? participantId) => (kind, participantId) switch
    {
        (TaskKinds.PlanReview, { } p) => $"/Plans/{p}",
        (TaskKinds.AgreementReview, { } p) => $"/Mentoring/{p}",
        (TaskKinds.Reassessment, { } p) => $"/Assessments?id={p}",
        (TaskKinds.FollowUp, { } p) => $"/FollowUp/{p}",
        (TaskKinds.Concern, { } p) => $"/Safeguarding/Disclosure/{p}",
        (TaskKinds.AccessReview, _) => "/BreakGlass",
        (TaskKinds.SubjectAccess, { } p) => $"/Participants/DataProtection?id={p}",
        _ => null,
    };

    /// <summary>The words of the link to that record.</summary>
    public static string RecordAction(IStringLocalizer L, string kind) => kind switch
    {
        TaskKinds.PlanReview or TaskKinds.AgreementReview => L["Record the review"],
        TaskKinds.Reassessment => L["Open the assessments"],
        TaskKinds.FollowUp => L["Record the follow-up"],
        TaskKinds.Concern => L["Decide on disclosure"],
        TaskKinds.SubjectAccess => L["Approve the request"],
        _ => L["Review the access"],
    };

    public static string Title(IStringLocalizer L, string title) => title switch
    {
        "Intervention plan review" => L["Intervention plan review"],
        "Mentoring agreement review" => L["Mentoring agreement review"],
        "A disclosure awaits a second director's approval" => L["A disclosure awaits a second director's approval"],
        "Review an emergency (break-glass) access: accept or escalate" => L["Review an emergency (break-glass) access: accept or escalate"],
        "Urgent concern raised: decide whether to disclose" => L["Urgent concern raised: decide whether to disclose"],
        "Immediate concern raised: decide whether to disclose" => L["Immediate concern raised: decide whether to disclose"],
        "Routine concern raised: decide whether to disclose" => L["Routine concern raised: decide whether to disclose"],
        "A subject access request awaits approval" => L["A subject access request awaits approval"],
        _ => title,
    };
}
