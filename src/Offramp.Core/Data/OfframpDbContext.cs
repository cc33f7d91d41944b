using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.CaseTeams;
using Offramp.Core.Common;
using Offramp.Core.Consent;
using Offramp.Core.Justice;
using Offramp.Core.Organisations;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Security;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Core.Data;

/// <summary>
/// The unit of work. Saving bumps versions (optimistic concurrency) and appends pending audit events to the
/// hash chain in the same transaction as the change.
/// </summary>
public sealed class OfframpDbContext(DbContextOptions<OfframpDbContext> options, AuditTrail audit, AuditChainWriter chain)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public AuditTrail Audit => audit;

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OfframpProgram> Programs => Set<OfframpProgram>();

    public DbSet<Site> Sites => Set<Site>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<BlindIndexEntry> BlindIndex => Set<BlindIndexEntry>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<CaseTeamMember> CaseTeamMembers => Set<CaseTeamMember>();

    public DbSet<JusticeEvent> JusticeEvents => Set<JusticeEvent>();

    public DbSet<CaseSession> Sessions => Set<CaseSession>();

    public DbSet<SessionAttendee> SessionAttendees => Set<SessionAttendee>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<ProtectedKey> ProtectedKeys => Set<ProtectedKey>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Declare the version the caller last saw; saving fails with <see cref="ConcurrencyException"/> if it moved on.</summary>
    public void ExpectVersion(Entity entity, int expectedVersion) =>
        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        UnauditedCaseChanges.Refuse(ChangeTracker, audit);
        if (audit.Pending.Count > 0)
        {
            chain.PrepareToSign();
        }

        if (audit.Pending.Count > 0 && Database.CurrentTransaction is null && !ChangeTracker.HasChanges())
        {
            if (!audit.DeferReadCommits)
            {
                await CommitAuditOnlyAsync();
            }

            return 0;
        }

        // Only a save that opens its own transaction queues: one inside a caller's transaction already holds SQLite's lock.
        using var turn = !IsPostgres && Database.CurrentTransaction is null
            ? await SqliteWriteQueue.EnterAsync(Database.GetConnectionString() ?? "", cancellationToken)
            : null;
        try
        {
            if (audit.Pending.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            try
            {
                await chain.AppendAsync(this, audit.Pending, cancellationToken);
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }

                audit.Clear();
                return written;
            }
            finally
            {
                if (ownTransaction is not null)
                {
                    await ownTransaction.DisposeAsync();
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyException();
        }
    }

    /// <summary>Commits the events of reads deferred while <see cref="AuditTrail.DeferReadCommits"/> was set.</summary>
    public async Task CommitDeferredReadsAsync(CancellationToken ct = default)
    {
        audit.DeferReadCommits = false;
        if (audit.Pending.Count > 0)
        {
            await SaveChangesAsync(ct);
        }
    }

    /// <summary>An audited read: its events commit with those of other reads at the same moment (<see cref="AuditGroupCommit"/>).</summary>
    private async Task CommitAuditOnlyAsync()
    {
        var database = Database.GetConnectionString() ?? "";
        // Not cancellable: the batch may carry other requests' events, and a client that went away must not fail them.
        await AuditGroupCommit.For(database).CommitAsync(
            [.. audit.Pending],
            () => IsPostgres ? Task.FromResult<IDisposable?>(null) : SqliteWriteQueue.EnterAsync(database, CancellationToken.None),
            async batch =>
            {
                await using var transaction = await Database.BeginTransactionAsync();
                await chain.AppendAsync(this, batch, CancellationToken.None);
                await base.SaveChangesAsync(true, CancellationToken.None);
                await transaction.CommitAsync();
            });
        audit.Clear();
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OfframpDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable text: a database someone inspects by hand should say "Caseworker", not 0.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
        if (!IsPostgres)
        {
            // SQLite cannot compare or sort DateTimeOffset text; as UTC ticks it can, and the order is exact.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
