using Microsoft.Extensions.Localization;

using Offramp.Core.Participants.Read;
using Offramp.Reports;

namespace Offramp.Web.Pages.Participants;

/// <summary>One dated entry of the participant timeline: stages, justice events, consent and sessions on one line of time.</summary>
public sealed record TimelineItem(DateOnly Date, string Kind, string Title, string? Detail, string? Badge = null, bool Withheld = false, string? EditUrl = null)
{
    /// <summary>The kinds of entry, for the legend and the filter, in the order the legend lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["stage", "justice", "session"];

    /// <summary>Builds the timeline in the reader's language: <paramref name="L"/> for sentences, <paramref name="words"/> for coded values.</summary>
    public static IReadOnlyList<TimelineItem> From(ParticipantRecord r, IStringLocalizer L, EnumLabels words)
    {
        var items = new List<TimelineItem>();
        items.AddRange(r.Stages.Select(s => new TimelineItem(s.EffectiveOn, "stage",
            s.FromStage is { } from ? L["Stage: {0} → {1}", words[from], words[s.ToStage]] : L["Stage: {0}", words[s.ToStage]], $"{s.Reason} ({s.ChangedBy})")));
        items.AddRange(r.Referrals.Select(f => new TimelineItem(f.ReferredOn, "stage", L["Referral from {0}", words[f.Source]], f.Referrer)));
        items.AddRange(r.Consents.Select(c => new TimelineItem(c.GivenOn, "stage", L["Consent given (form {0})", c.FormVersion],
            L["Participation: {0} · family contact: {1} · evaluation: {2}", YesNo(L, c.CoversParticipation), YesNo(L, c.CoversFamilyContact), YesNo(L, c.CoversEvaluation)])));
        items.AddRange(r.Consents.Where(c => c.WithdrawnOn is not null).Select(c => new TimelineItem(c.WithdrawnOn!.Value, "stage", L["Consent withdrawn"], c.WithdrawalReason)));
        items.AddRange(r.JusticeEvents.Select(j => new TimelineItem(j.OccurredOn, "justice",
            j.SentenceMonths is { } m ? L["{0} ({1} months)", words[j.Kind], m] : words[j.Kind], j.Reference,
            EditUrl: $"/Participants/Justice?id={r.Id}&eventId={j.Id}")));
        items.AddRange(r.Sessions.Select(s => new TimelineItem(s.HeldOn, "session",
            s.Facilitators.Count > 0
                ? L["{0} session, {1} min, led by {2}", words[s.Kind], s.DurationMinutes, string.Join(", ", s.Facilitators)]
                : L["{0} session, {1} min", words[s.Kind], s.DurationMinutes],
            s.NotesWithheld ? L["Notes are visible only to the roles this class allows."] : s.Notes,
            s.Confidentiality == Core.Sessions.ConfidentialityClass.Standard ? null : s.Confidentiality.ToString(), s.NotesWithheld,
            s.NotesWithheld ? null : $"/Participants/Session?id={r.Id}&sessionId={s.Id}")));
        return [.. items.OrderByDescending(i => i.Date)];
    }

    private static string YesNo(IStringLocalizer L, bool value) => value ? L["yes"] : L["no"];
}
