using Microsoft.EntityFrameworkCore;

using Offramp.Core.Data;
using Offramp.Core.Evidence.Hub;
using Offramp.Core.Evidence.Signing;
using Offramp.Core.Library.Content;

namespace Offramp.Core.Library.Hub;

/// <summary>What the library page filters on; every filter optional. <see cref="Text"/> searches names, summaries and lessons.</summary>
public sealed record LibraryQuery
{
    public string? Text { get; init; }

    public string? Aim { get; init; }

    public string? Kind { get; init; }

    public string? Setting { get; init; }

    public string? Tag { get; init; }

    /// <summary>At least this strength of evidence (<see cref="EvidenceStrengthLevel"/> name).</summary>
    public string? Strength { get; init; }
}

/// <summary>
/// The hub's practice library: the current profile of every program, published or taken from sources, filtered by aim,
/// kind, setting, lesson tag, evidence strength and words; with the lessons, and what followed programs published since
/// the reader last looked. Only what programs chose to publish is here: no participant is in any of it.
/// </summary>
public sealed class BrowseLibrary(OfframpDbContext db, HubAccess access, LibraryEvidence evidence)
{
    public async Task<LibraryBrowseView> ExecuteAsync(LibraryQuery query, CancellationToken ct = default)
    {
        var hub = await access.ReaderAsync(ct);
        var items = await db.Set<HubLibraryItem>().AsNoTracking()
            .Where(i => i.HubOrganisationId == hub.HubOrganisationId && !i.Superseded)
            .Select(i => new { i.Id, i.PublisherId, i.ProgramId, i.Kind, i.Title, i.ProgramName, i.ProgramKind, i.Setting, i.Country, i.Region, i.Aims, i.Tags, i.ProfileVersion, i.ReceivedAt, i.Document })
            .ToListAsync(ct);
        var publishers = await db.Set<HubPublisher>().AsNoTracking().Where(p => p.HubOrganisationId == hub.HubOrganisationId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var profiles = items.Where(i => i.Kind == LibraryKinds.Profile).ToList();
        var lessons = items.Where(i => i.Kind == LibraryKinds.Lesson).ToLookup(i => (i.PublisherId, i.ProgramId));
        var bundles = await evidence.LatestAsync(hub.HubOrganisationId, profiles.Select(p => (p.PublisherId, p.ProgramId)), ct);
        var follows = await db.Set<HubLibraryFollow>().AsNoTracking().Where(f => f.UserId == hub.UserId && f.HubOrganisationId == hub.HubOrganisationId).ToListAsync(ct);
        var newest = await evidence.NewestReceiptAsync(hub.HubOrganisationId, [.. follows.Select(f => f.ProgramId)], ct);

        var cards = profiles.Select(p =>
        {
            var document = CanonicalJson.Read<LibraryDocument>(System.Text.Encoding.UTF8.GetBytes(p.Document));
            var strength = p.PublisherId is { } publisher && bundles.TryGetValue((publisher, p.ProgramId), out var bundle) ? EvidenceStrength.Of(bundle) : EvidenceStrength.NotPublished;
            var programLessons = lessons[(p.PublisherId, p.ProgramId)].ToList();
            var follow = follows.FirstOrDefault(f => f.PublisherId == p.PublisherId && f.ProgramId == p.ProgramId);
            var lastPublished = new[] { p.ReceivedAt }
                .Concat(programLessons.Select(l => l.ReceivedAt))
                .Concat(p.PublisherId is { } pub && newest.TryGetValue((pub, p.ProgramId), out var at) ? [at] : [])
                .Max();
            return new LibraryCard(p.Id, p.PublisherId is { } id ? publishers.GetValueOrDefault(id, "?") : null, p.ProgramId, p.Title, p.ProgramKind, p.Setting, p.Country, p.Region,
                [.. p.Aims.Split(',', StringSplitOptions.RemoveEmptyEntries)], document.Profile!.Summary, p.ProfileVersion, strength,
                [.. programLessons.SelectMany(l => l.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal)],
                programLessons.Count, document.Profile.Sources.Count > 0, follow is not null, follow is not null && lastPublished > follow.LastSeenAt,
                string.Join(' ', programLessons.Select(l => l.Document)));
        }).ToList();

        var minimum = Enum.TryParse<EvidenceStrengthLevel>(query.Strength, out var level) ? level : EvidenceStrengthLevel.None;
        var chosen = cards.Where(c =>
                (query.Aim is null || c.Aims.Contains(query.Aim)) &&
                (query.Kind is null || c.Kind == query.Kind) &&
                (query.Setting is null || c.Setting == query.Setting) &&
                (query.Tag is null || c.Tags.Contains(query.Tag)) &&
                c.Strength.Level >= minimum &&
                Matches(c, query.Text))
            .OrderByDescending(c => c.Strength.Level).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return new LibraryBrowseView(query, chosen, cards.Count,
            [.. cards.Select(c => c.Kind).Distinct().Order(StringComparer.Ordinal)],
            [.. cards.Select(c => c.Setting).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
            [.. cards.Where(c => c.Following).OrderByDescending(c => c.HasNews).ThenBy(c => c.Name, StringComparer.CurrentCulture)]);
    }

    private static bool Matches(LibraryCard card, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.All(w => card.Name.Contains(w, StringComparison.CurrentCultureIgnoreCase) || (card.Summary?.Contains(w, StringComparison.CurrentCultureIgnoreCase) ?? false) ||
            (card.Country?.Contains(w, StringComparison.CurrentCultureIgnoreCase) ?? false) || (card.Region?.Contains(w, StringComparison.CurrentCultureIgnoreCase) ?? false) ||
            card.LessonText.Contains(w, StringComparison.CurrentCultureIgnoreCase));
    }
}

public sealed record LibraryBrowseView(LibraryQuery Query, IReadOnlyList<LibraryCard> Profiles, int Total, IReadOnlyList<string> Kinds, IReadOnlyList<string> Settings, IReadOnlyList<LibraryCard> Followed);

/// <summary>One program in the library list.</summary>
public sealed record LibraryCard(
    Guid ItemId,
    string? Publisher,
    Guid ProgramId,
    string Name,
    string Kind,
    string? Setting,
    string? Country,
    string? Region,
    IReadOnlyList<string> Aims,
    string? Summary,
    int Version,
    EvidenceStrength Strength,
    IReadOnlyList<string> Tags,
    int Lessons,
    bool FromSources,
    bool Following,
    bool HasNews,
    [property: System.Text.Json.Serialization.JsonIgnore] string LessonText);
