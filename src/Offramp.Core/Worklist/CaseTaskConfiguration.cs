using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Offramp.Core.Worklist;

internal sealed class CaseTaskConfiguration : IEntityTypeConfiguration<CaseTask>
{
    public void Configure(EntityTypeBuilder<CaseTask> b)
    {
        b.ToTable("Tasks");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.SourceType).HasMaxLength(40);
        b.Property(x => x.CompletionNote).HasMaxLength(2000);
        // The worklist walks one organisation's open tasks in due-date order and stops at a page.
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.DueOn });
        // A director's worklist counts and pages their programs' open tasks from this index alone: a program's open tasks
        // in due order, with the id (a page's ids need no table row) and the audience (tested on the entry, so one range
        // per program serves all the audiences a director sees, where an audience ahead of the date needed one per pair).
        b.HasIndex(x => new { x.ProgramId, x.Status, x.DueOn, x.Id, x.Audience });
        // The home page's urgent section asks the same for a few kinds only (a concern to decide on, an overdue
        // disclosure review): with the kind ahead of the audience, it reads those tasks' entries and no others.
        b.HasIndex(x => new { x.ProgramId, x.Status, x.Kind, x.Audience, x.DueOn, x.Id });
        b.HasIndex(x => new { x.AssignedUserId, x.Status, x.DueOn });
        b.HasIndex(x => new { x.ParticipantId, x.Status });
        b.HasIndex(x => new { x.SourceType, x.SourceId });
    }
}
