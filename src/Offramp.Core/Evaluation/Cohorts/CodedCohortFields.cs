using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Checks the coded-profile parts of a cohort filter against the organisation's current codebook: the field to filter
/// on (with one of its options) and the field to break rates down by. All problems at once, by filter field.
/// </summary>
public sealed class CodedCohortFields(OfframpDbContext db)
{
    public async Task<(CodebookField? Filter, CodebookField? Breakdown)> ResolveAsync(EvaluatedProgram program, CohortFilter filter, CancellationToken ct)
    {
        if (filter.CodedField is null && filter.CodedValue is null && filter.BreakDownBy is null)
        {
            return (null, null);
        }

        var codebook = (await ListCodebooks.CurrentAsync(db, program.OrganisationId, ct))?.Parsed();
        var errors = new Dictionary<string, Phrase[]>();
        CodebookField? Field(string? key, string name)
        {
            if (key is null)
            {
                return null;
            }

            var field = codebook?.Field(key);
            if (field is null)
            {
                errors[name] = [codebook is null ? Phrase.Of("The organisation has no published codebook to filter or break down by.") : Phrase.Of($"\"{key}\" is not a field of {codebook.Name} {codebook.Version}.")];
            }

            return field;
        }

        var filterField = Field(filter.CodedField, nameof(filter.CodedField));
        var breakdown = Field(filter.BreakDownBy, nameof(filter.BreakDownBy));
        if (filter.CodedField is null && filter.CodedValue is not null)
        {
            errors[nameof(filter.CodedField)] = [Phrase.Of("Name the coded field the value belongs to.")];
        }
        else if (filterField is not null && (filter.CodedValue is null || filterField.Option(filter.CodedValue) is null))
        {
            errors[nameof(filter.CodedValue)] = [Phrase.Of($"Choose one of the options of {codebook!.LabelOf(filterField)}: {Phrase.Verbatim(string.Join(", ", filterField.Options.Select(o => o.Code)))}.")];
        }

        return errors.Count > 0 ? throw new DomainException(errors, "The coded-profile filter does not fit the codebook.") : (filterField, breakdown);
    }
}
