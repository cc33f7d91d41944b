using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Security;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// Anyone on the case team (or its director) codes the participant on the organisation's current codebook. Every code
/// must be an option of its field, a single-choice field takes one; all problems come back at once. The note is sealed.
/// Each answer carries the version the caller saw, so two people coding at once never overwrite each other unseen.
/// </summary>
public sealed class RecordCodedProfile(OfframpDbContext db, ParticipantAccess access, FieldCipher cipher, IClock clock)
{
    public async Task ExecuteAsync(Guid participantId, CodedProfileCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        if (standing.ViaBreakGlass)
        {
            throw new ForbiddenException("Emergency access is read-only: coding is for the case team.");
        }

        CommandValidation.Ensure(command);
        ConsentGuard.RequireActiveConsent(standing.Participant);
        var current = await ListCodebooks.CurrentAsync(db, standing.Participant.OrganisationId, ct)
            ?? throw new ConflictException("The organisation has not published a codebook yet: an organisation admin imports and publishes one first.");
        var codebook = current.Parsed();
        Check(codebook, command);

        var keys = command.Answers.Select(a => a.Field).ToList();
        var existing = await db.Set<CodedAnswer>().Where(a => a.ParticipantId == participantId && keys.Contains(a.FieldKey)).ToDictionaryAsync(a => a.FieldKey, StringComparer.Ordinal, ct);
        var changed = command.Answers.Where(a => Apply(participantId, standing.Scope.UserId, current.Id, a, existing.GetValueOrDefault(a.Field))).Select(a => a.Field).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        db.Audit.Record(AuditActions.Update, AuditEntities.CodedProfile, null, participantId,
            $"coded {string.Join(", ", changed)} on {codebook.Name} {codebook.Version}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (changed.Any(f => !existing.ContainsKey(f)))
        {
            // Someone coded one of the new fields in the same moment (the unique index on participant and field).
            throw new ConcurrencyException();
        }
    }

    /// <summary>Applies one answer; false when it changes nothing (the same codes and note), which leaves it as it is.</summary>
    private bool Apply(Guid participantId, Guid userId, Guid codebookId, CodedAnswerCommand command, CodedAnswer? answer)
    {
        var codes = CodedAnswer.Join(command.Codes);
        var note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        if (answer is null)
        {
            if (command.ExpectedVersion != 0)
            {
                throw new ConcurrencyException();
            }

            if (codes.Length == 0)
            {
                return false;
            }

            answer = new CodedAnswer { ParticipantId = participantId, FieldKey = command.Field, Codes = codes };
            db.Set<CodedAnswer>().Add(answer);
        }
        else
        {
            if (answer.Codes == codes && answer.CodebookVersionId == codebookId && cipher.Open(answer.NoteSealed, answer.Id, "Note") == note)
            {
                return false;
            }

            db.ExpectVersion(answer, command.ExpectedVersion);
            if (codes.Length == 0)
            {
                db.Set<CodedAnswer>().Remove(answer);
                return true;
            }
        }

        answer.CodebookVersionId = codebookId;
        answer.Codes = codes;
        answer.NoteSealed = cipher.Seal(note, answer.Id, "Note");
        answer.RecordedOn = clock.Today;
        answer.RecordedByUserId = userId;
        return true;
    }

    private static void Check(CodebookDefinition codebook, CodedProfileCommand command)
    {
        var errors = new Dictionary<string, Phrase[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < command.Answers.Count; i++)
        {
            var answer = command.Answers[i];
            var at = $"{nameof(command.Answers)}[{i}]";
            if (codebook.Field(answer.Field) is not { } field)
            {
                errors[$"{at}.{nameof(answer.Field)}"] = [Phrase.Of($"\"{answer.Field}\" is not a field of {codebook.Name} {codebook.Version}.")];
                continue;
            }

            var label = codebook.LabelOf(field);
            if (!seen.Add(answer.Field))
            {
                errors[$"{at}.{nameof(answer.Field)}"] = [Phrase.Of($"{label} is answered twice.")];
            }

            var unknown = answer.Codes.Where(c => field.Option(c) is null).ToList();
            if (unknown.Count > 0)
            {
                errors[$"{at}.{nameof(answer.Codes)}"] = [unknown.Count == 1
                    ? Phrase.Of($"\"{Phrase.Verbatim(unknown[0])}\" is not an option of {label}.")
                    : Phrase.Of($"{Phrase.Verbatim(string.Join(", ", unknown.Select(c => $"\"{c}\"")))} are not options of {label}.")];
            }
            else if (field.Choice == CodedChoice.OneOption && answer.Codes.Distinct(StringComparer.Ordinal).Count() > 1)
            {
                errors[$"{at}.{nameof(answer.Codes)}"] = [Phrase.Of($"{label} takes one option.")];
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors, "Some answers do not fit the codebook.");
        }
    }
}
