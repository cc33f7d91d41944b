using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;
using Offramp.Core.Participants;

namespace Offramp.Core.CodedProfiles;

/// <summary>
/// A participant's answer to one codebook field: the option codes chosen, on the codebook version they were coded on,
/// and an optional note that is sealed like every other free text about a person. Codes are what research uses; the
/// note never leaves the case record.
/// </summary>
public sealed class CodedAnswer : Entity
{
    public Guid ParticipantId { get; set; }

    public Guid CodebookVersionId { get; set; }

    public required string FieldKey { get; set; }

    /// <summary>The chosen option codes, sorted, joined by commas (codes are kebab-case, so never contain one).</summary>
    public required string Codes { get; set; }

    public byte[]? NoteSealed { get; set; }

    public DateOnly RecordedOn { get; set; }

    public Guid RecordedByUserId { get; set; }

    public IReadOnlyList<string> CodeList() => Codes.Length == 0 ? [] : Codes.Split(',');

    public static string Join(IEnumerable<string> codes) => string.Join(',', codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}

internal sealed class CodedAnswerConfiguration : IEntityTypeConfiguration<CodedAnswer>
{
    public void Configure(EntityTypeBuilder<CodedAnswer> b)
    {
        b.ToTable("CodedAnswers");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.FieldKey).HasMaxLength(60);
        b.Property(x => x.Codes).HasMaxLength(2500);
        b.HasIndex(x => new { x.ParticipantId, x.FieldKey }).IsUnique();
        b.HasIndex(x => x.FieldKey);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CodebookVersion>().WithMany().HasForeignKey(x => x.CodebookVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
