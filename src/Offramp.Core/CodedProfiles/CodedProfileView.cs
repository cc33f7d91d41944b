namespace Offramp.Core.CodedProfiles;

/// <summary>A participant's coded profile on the organisation's current codebook, field by field.</summary>
/// <param name="Codebook">The current codebook (null when the organisation has published none yet).</param>
/// <param name="CodebookVersionId">Its id.</param>
/// <param name="Answers">Every field of the codebook, answered or not, in the codebook's order.</param>
/// <param name="Retired">Answers to fields the current codebook no longer has, kept with the version they were coded on.</param>
public sealed record CodedProfileView(CodebookDefinition? Codebook, Guid? CodebookVersionId, IReadOnlyList<CodedAnswerView> Answers, IReadOnlyList<CodedAnswerView> Retired);

/// <param name="Version">The answer's version for the next write (0 when not coded yet).</param>
public sealed record CodedAnswerView(CodebookField Field, IReadOnlyList<string> Codes, string? Note, int Version, DateOnly? RecordedOn)
{
    public IEnumerable<string> Labels => Codes.Select(Field.LabelOf);
}
