using Offramp.Core.Participants.Read;

namespace Offramp.Web.Pages.Participants;

/// <summary>One dated entry of the participant timeline: stages, justice events, consent and sessions on one line of time.</summary>
public sealed record TimelineItem(DateOnly Date, string Kind, string Title, string? Detail, string? Badge = null, bool Withheld = false, string? EditUrl = null)
{
    public static IReadOnlyList<TimelineItem> From(ParticipantRecord r)
    {
        var items = new List<TimelineItem>();
        items.AddRange(r.Stages.Select(s => new TimelineItem(s.EffectiveOn, "stage",
            s.FromStage is null ? $"Stage: {s.ToStage}" : $"Stage: {s.FromStage} → {s.ToStage}", $"{s.Reason} ({s.ChangedBy})")));
        items.AddRange(r.Referrals.Select(f => new TimelineItem(f.ReferredOn, "stage", $"Referral from {f.Source}", f.Referrer)));
        items.AddRange(r.Consents.Select(c => new TimelineItem(c.GivenOn, "stage", $"Consent given (form {c.FormVersion})",
            $"Participation: {YesNo(c.CoversParticipation)} · family contact: {YesNo(c.CoversFamilyContact)} · evaluation: {YesNo(c.CoversEvaluation)}")));
        items.AddRange(r.Consents.Where(c => c.WithdrawnOn is not null).Select(c => new TimelineItem(c.WithdrawnOn!.Value, "stage", "Consent withdrawn", c.WithdrawalReason)));
        items.AddRange(r.JusticeEvents.Select(j => new TimelineItem(j.OccurredOn, "justice", Words(j.Kind.ToString()) + (j.SentenceMonths is { } m ? $" ({m} months)" : ""), j.Reference,
            EditUrl: $"/Participants/Justice?id={r.Id}&eventId={j.Id}")));
        items.AddRange(r.Sessions.Select(s => new TimelineItem(s.HeldOn, "session",
            $"{Words(s.Kind.ToString())} session, {s.DurationMinutes} min" + (s.Facilitators.Count > 0 ? $", led by {string.Join(" and ", s.Facilitators)}" : ""),
            s.NotesWithheld ? "Notes are visible only to the roles this class allows." : s.Notes,
            s.Confidentiality == Core.Sessions.ConfidentialityClass.Standard ? null : s.Confidentiality.ToString(), s.NotesWithheld,
            s.NotesWithheld ? null : $"/Participants/Session?id={r.Id}&sessionId={s.Id}")));
        return [.. items.OrderByDescending(i => i.Date)];
    }

    public static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    private static string YesNo(bool value) => value ? "yes" : "no";
}
