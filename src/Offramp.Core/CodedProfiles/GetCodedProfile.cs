using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.CodedProfiles;

/// <summary>A participant's coded profile, with its sealed notes opened, for anyone who may see the case; audited.</summary>
public sealed class GetCodedProfile(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher)
{
    public async Task<CodedProfileView> ExecuteAsync(Guid participantId, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        var language = TranslatableText.ReaderLanguage;
        var current = await ListCodebooks.CurrentAsync(db, standing.Participant.OrganisationId, ct);
        var answers = await db.Set<CodedAnswer>().AsNoTracking().Where(a => a.ParticipantId == participantId).ToListAsync(ct);
        var versionIds = answers.Select(a => a.CodebookVersionId).Distinct().ToList();
        var codebooks = (await db.Set<CodebookVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => v.Parsed().In(language));
        db.Audit.Record(AuditActions.Read, AuditEntities.CodedProfile, null, participantId, $"{answers.Count} coded fields");
        await db.SaveChangesAsync(ct);

        var definition = current?.Parsed().In(language);
        var byField = answers.ToDictionary(a => a.FieldKey, StringComparer.Ordinal);
        var fields = (definition?.Fields ?? []).Select(f => byField.TryGetValue(f.Key, out var a) ? View(f, a) : new CodedAnswerView(f, [], null, 0, null)).ToList();
        var retired = answers.Where(a => definition?.Field(a.FieldKey) is null)
            .Select(a => codebooks[a.CodebookVersionId].Field(a.FieldKey) is { } old ? View(old, a) : null)
            .OfType<CodedAnswerView>()
            .ToList();
        return new CodedProfileView(definition, current?.Id, fields, retired);
    }

    private CodedAnswerView View(CodebookField field, CodedAnswer answer) =>
        new(field, answer.CodeList(), cipher.Open(answer.NoteSealed, answer.Id, "Note"), answer.Version, answer.RecordedOn);
}
