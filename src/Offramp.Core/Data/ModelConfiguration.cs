using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Core.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Jurisdiction).HasMaxLength(100);
    }
}

internal sealed class ProgramConfiguration : IEntityTypeConfiguration<OfframpProgram>
{
    public void Configure(EntityTypeBuilder<OfframpProgram> b)
    {
        b.ToTable("Programs");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Aims).HasConversion<int>();
        b.HasIndex(x => x.OrganisationId);
    }
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Locality).HasMaxLength(200);
    }
}

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UserId, x.ProgramId, x.Role }).IsUnique();
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Code).HasMaxLength(16);
        b.HasIndex(x => x.Code).IsUnique();
        // Stage completes the caseload filter, so counting a director's open cases reads the index alone.
        b.HasIndex(x => new { x.OrganisationId, x.ProgramId, x.Stage });
        b.Property(x => x.Nationality).HasMaxLength(100);
        b.Property(x => x.Languages).HasMaxLength(200);
    }
}

internal sealed class BlindIndexConfiguration : IEntityTypeConfiguration<BlindIndexEntry>
{
    public void Configure(EntityTypeBuilder<BlindIndexEntry> b)
    {
        b.ToTable("BlindIndex");
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.OrganisationId, x.Kind, x.Hash });
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Referrer).HasMaxLength(200);
        b.Property(x => x.ScreeningReason).HasMaxLength(2000);
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("Consents");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.FormVersion).HasMaxLength(50);
        b.Property(x => x.GuardianName).HasMaxLength(200);
        b.Property(x => x.WithdrawalReason).HasMaxLength(2000);
        b.HasIndex(x => x.ParticipantId);
        b.Ignore(x => x.IsActive);
    }
}

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class CaseTeamMemberConfiguration : IEntityTypeConfiguration<CaseTeamMember>
{
    public void Configure(EntityTypeBuilder<CaseTeamMember> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UserId, x.ParticipantId });
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class JusticeEventConfiguration : IEntityTypeConfiguration<JusticeEvent>
{
    public void Configure(EntityTypeBuilder<JusticeEvent> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Reference).HasMaxLength(200);
        b.HasIndex(x => x.ParticipantId);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<CaseSession>
{
    public void Configure(EntityTypeBuilder<CaseSession> b)
    {
        b.ToTable("Sessions");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.OtherAttendees).HasMaxLength(500);
        b.HasIndex(x => x.ParticipantId);
        b.HasMany(x => x.Attendees).WithOne().HasForeignKey(a => a.SessionId);
    }
}

internal sealed class SessionAttendeeConfiguration : IEntityTypeConfiguration<SessionAttendee>
{
    public void Configure(EntityTypeBuilder<SessionAttendee> b) => b.HasKey(x => new { x.SessionId, x.UserId });
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.Action).HasMaxLength(64);
        b.Property(x => x.EntityType).HasMaxLength(64);
        b.Property(x => x.Origin).HasMaxLength(64);
        b.Property(x => x.Detail).HasMaxLength(500);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => x.ParticipantId);
        b.HasIndex(x => new { x.OrganisationId, x.Sequence });
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Hash).HasMaxLength(64);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Signature).HasMaxLength(64);
    }
}

internal sealed class ProtectedKeyConfiguration : IEntityTypeConfiguration<ProtectedKey>
{
    public void Configure(EntityTypeBuilder<ProtectedKey> b) => b.Property(x => x.WrappedMaterial).HasMaxLength(2000);
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> b)
    {
        b.ToTable("AccessTokens");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.Property(x => x.Scopes).HasMaxLength(100);
        b.HasIndex(x => x.UserId);
        b.Ignore(x => x.AllowsWrite);
    }
}
