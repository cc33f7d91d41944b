using Offramp.Core.CodedProfiles;
using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Evaluation;
using Offramp.Core.Evaluation.Cohorts;
using Offramp.Core.Evidence.Building;
using Offramp.Core.Evidence.Bundles;

namespace Offramp.Core.Evidence.Publishing;

/// <summary>
/// Resolves the coded fields a proposal breaks down by against the organisation's current codebook, and loads the
/// participants' codes for them. Only single-choice fields qualify: a participant's categories must not overlap, or
/// the counts of a breakdown would no longer add up to the total that disclosure control reasons about.
/// </summary>
public sealed class EvidenceCodedBreakdowns(OfframpDbContext db)
{
    public async Task<(EvidenceDimensions Dimensions, IReadOnlyList<EvidenceCodedField> Declared)> ResolveAsync(
        EvaluatedProgram program, EvaluationDataset data, IReadOnlyList<string> requested, CancellationToken ct)
    {
        var keys = requested.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return (EvidenceDimensions.Fixed(data), []);
        }

        var version = await ListCodebooks.CurrentAsync(db, program.OrganisationId, ct);
        var codebook = version?.Parsed()
            ?? throw new DomainException(Phrase.Of("The organisation has no published codebook to break a bundle down by."), nameof(ProposeEvidenceCommand.BreakDownBy));
        var problems = new List<Phrase>();
        if (keys.Count > EvidenceDimensions.MaxCodedFields)
        {
            problems.Add(Phrase.Of($"A bundle can be broken down by at most {EvidenceDimensions.MaxCodedFields} coded fields: each one splits every count further, and most cells would be withheld."));
        }

        var fields = new List<CodebookField>();
        foreach (var key in keys)
        {
            var field = codebook.Field(key);
            if (field is null)
            {
                problems.Add(Phrase.Of($"\"{key}\" is not a field of {codebook.Name} {codebook.Version}."));
            }
            else if (field.Choice != CodedChoice.OneOption)
            {
                problems.Add(Phrase.Of($"{codebook.LabelOf(field)} takes several answers per participant, so its groups overlap: break a bundle down by a single-choice field."));
            }
            else
            {
                fields.Add(field);
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(new Dictionary<string, Phrase[]> { [nameof(ProposeEvidenceCommand.BreakDownBy)] = [.. problems] });
        }

        var columns = await CodedColumns.LoadAsync(db, program.Id, data, [.. fields.Select(f => f.Key)], ct);
        return (EvidenceDimensions.WithCoded(data, columns, fields), [.. fields.Select(f => EvidenceDimensions.Declare(codebook, f))]);
    }
}
