using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;

namespace Offramp.Core.Mentoring;

/// <summary>
/// Mentors of the participant's program who could take them, best first, each with the reasons in words (shared
/// language, background, training, free capacity). The caseworker decides; the reasons they keep go on the agreement.
/// </summary>
public sealed class SuggestMentors(OfframpDbContext db, ParticipantAccess access)
{
    public async Task<IReadOnlyList<MentorSuggestion>> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        standing.RequireCaseManager();
        var participant = standing.Participant;
        var mentors = await db.Set<MentorProfile>().AsNoTracking()
            .Where(m => m.ProgramId == participant.ProgramId && m.Active)
            .Join(db.Users.Where(u => u.IsActive), m => m.UserId, u => u.Id, (m, u) => new { m, u.DisplayName })
            .ToListAsync(ct);
        var ids = mentors.Select(r => r.m.UserId).ToList();
        var load = await db.Set<MentoringAgreement>().AsNoTracking()
            .Where(a => a.Status == AgreementStatus.Active && ids.Contains(a.MentorUserId))
            .GroupBy(a => a.MentorUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var languages = Split(participant.Languages);
        List<MentorSuggestion> suggestions = [.. mentors
            .Select(r => Rate(r.m, r.DisplayName, load.GetValueOrDefault(r.m.UserId), languages))
            .Where(s => s.FreePlaces > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.DisplayName)];
        // The reasons name the languages the participant speaks: a read of their record.
        db.Audit.Record(AuditActions.Read, AuditEntities.Mentor, null, participantId, $"{suggestions.Count} mentor suggestions");
        await db.SaveChangesAsync(ct);
        return suggestions;
    }

    private static MentorSuggestion Rate(MentorProfile m, string name, int load, HashSet<string> participantLanguages)
    {
        var reasons = new List<string>();
        var score = 0;
        var shared = Split(m.Languages).Intersect(participantLanguages, StringComparer.OrdinalIgnoreCase).ToList();
        if (shared.Count > 0)
        {
            score += 3;
            reasons.Add($"speaks {string.Join(", ", shared)}");
        }

        if (m.TrainingCompletedOn is { } trained)
        {
            score += 2;
            reasons.Add($"training completed {trained:yyyy-MM-dd}");
        }
        else
        {
            reasons.Add("training not completed");
        }

        if (m.Background == MentorBackground.Former)
        {
            score += 1;
            reasons.Add("former: knows the way out from inside");
        }

        if (m.SupervisorUserId is not null)
        {
            reasons.Add("under supervision");
        }

        var free = m.Capacity - load;
        reasons.Add($"{free} of {m.Capacity} places free");
        return new MentorSuggestion(m.UserId, name, m.Background, score, free, reasons);
    }

    private static HashSet<string> Split(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
}

public sealed record MentorSuggestion(Guid MentorUserId, string DisplayName, MentorBackground Background, int Score, int FreePlaces, IReadOnlyList<string> Reasons);
