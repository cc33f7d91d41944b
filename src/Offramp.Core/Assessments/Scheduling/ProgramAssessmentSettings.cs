using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;

namespace Offramp.Core.Assessments.Scheduling;

/// <summary>
/// How a program assesses: whether mentors and caseworkers on a case team may rate (psychologists and faith counsellors
/// always may), and the rhythm of re-assessments per instrument. Set by the program director.
/// </summary>
public sealed class ProgramAssessmentSettings : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public bool MentorsMayRate { get; set; }

    public bool CaseworkersMayRate { get; set; }

    public List<AssessmentRhythm> Rhythms { get; set; } = [];
}

/// <summary>"Re-assess with instrument X every N days" (e.g. weekly team review 7, full review 91).</summary>
public sealed class AssessmentRhythm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SettingsId { get; set; }

    public required string InstrumentName { get; set; }

    public required string Label { get; set; }

    public int IntervalDays { get; set; }
}

internal sealed class ProgramAssessmentSettingsConfiguration : IEntityTypeConfiguration<ProgramAssessmentSettings>
{
    public void Configure(EntityTypeBuilder<ProgramAssessmentSettings> b)
    {
        b.ToTable("ProgramAssessmentSettings");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.ProgramId).IsUnique();
        b.HasMany(x => x.Rhythms).WithOne().HasForeignKey(r => r.SettingsId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentRhythmConfiguration : IEntityTypeConfiguration<AssessmentRhythm>
{
    public void Configure(EntityTypeBuilder<AssessmentRhythm> b)
    {
        b.ToTable("AssessmentRhythms");
        b.Property(x => x.InstrumentName).HasMaxLength(200);
        b.Property(x => x.Label).HasMaxLength(100);
    }
}
