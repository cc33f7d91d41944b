using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Common;
using Offramp.Core.Participants;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// An external comparison group (e.g. a published reconviction cohort, or a matched group from another service),
/// imported as de-identified rows: either months at risk, whether the adverse event happened, and gender
/// (<see cref="ComparisonDesign.TimeToEvent"/>), or a score at baseline and at follow-up, and gender
/// (<see cref="ComparisonDesign.RepeatedMeasures"/>, the Sri Lanka design). Its definition is stated in
/// <see cref="Definition"/>: the report prints it, since comparing unlike definitions misleads.
/// </summary>
public sealed class ComparisonGroup : Entity
{
    public Guid OrganisationId { get; set; }

    public Guid ProgramId { get; set; }

    public required string Name { get; set; }

    public required string Definition { get; set; }

    public ComparisonDesign Design { get; set; }

    public int Size { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public Guid? ImportedByUserId { get; set; }
}

/// <summary>One person of an external comparison group: no identity, only time at risk, event and gender.</summary>
public sealed class ComparisonGroupRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GroupId { get; set; }

    public double MonthsAtRisk { get; set; }

    public bool Event { get; set; }

    public Gender Gender { get; set; }
}

/// <summary>What an external comparison group's rows hold, and so which metrics it can be compared on.</summary>
public enum ComparisonDesign
{
    /// <summary>Months at risk and whether the adverse event happened: compared on adverse-outcome metrics.</summary>
    TimeToEvent,

    /// <summary>A score at baseline and at follow-up on the same measure: compared on assessment-change metrics.</summary>
    RepeatedMeasures,
}

/// <summary>One person of a repeated-measures comparison group: no identity, only the two scores and gender.</summary>
public sealed class ComparisonGroupScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid GroupId { get; set; }

    public double Baseline { get; set; }

    public double FollowUp { get; set; }

    public Gender Gender { get; set; }
}

internal sealed class ComparisonGroupConfiguration : IEntityTypeConfiguration<ComparisonGroup>
{
    public void Configure(EntityTypeBuilder<ComparisonGroup> b)
    {
        b.ToTable("EvaluationComparisonGroups");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Definition).HasMaxLength(1000);
        b.HasIndex(x => new { x.ProgramId, x.Name }).IsUnique();
    }
}

internal sealed class ComparisonGroupRowConfiguration : IEntityTypeConfiguration<ComparisonGroupRow>
{
    public void Configure(EntityTypeBuilder<ComparisonGroupRow> b)
    {
        b.ToTable("EvaluationComparisonRows");
        b.HasIndex(x => x.GroupId);
        b.HasOne<ComparisonGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ComparisonGroupScoreConfiguration : IEntityTypeConfiguration<ComparisonGroupScore>
{
    public void Configure(EntityTypeBuilder<ComparisonGroupScore> b)
    {
        b.ToTable("EvaluationComparisonScores");
        b.HasIndex(x => x.GroupId);
        b.HasOne<ComparisonGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
