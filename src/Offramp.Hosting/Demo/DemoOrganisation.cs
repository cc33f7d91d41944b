using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Data;
using Offramp.Core.Organisations;

namespace Offramp.Hosting.Demo;

/// <summary>Creates the demo organisation, one program per reference program of DOMAIN.md (<see cref="DemoProgramCatalogue"/>), sites, demo accounts and a staff pool.</summary>
public sealed class DemoOrganisation(OfframpDbContext db, UserManager<AppUser> users)
{
    public const string Name = "Demo Disengagement Network";

    public async Task<DemoWorld> EnsureAsync(CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Name == Name, ct);
        if (organisation is null)
        {
            organisation = new Organisation { Name = Name, Jurisdiction = "Demo" };
            db.Organisations.Add(organisation);
            db.Programs.AddRange(ProgramsFor(organisation.Id));
            db.Sites.AddRange(
                new Site { OrganisationId = organisation.Id, Name = "HMP Northgate", Locality = "North" },
                new Site { OrganisationId = organisation.Id, Name = "Probation office East", Locality = "East" },
                new Site { OrganisationId = organisation.Id, Name = "Community centre Riverside", Locality = "Riverside" });
            db.Audit.Record(AuditActions.Seed, AuditEntities.Organisation, organisation.Id, null, "demo organisation created");
            await db.SaveChangesAsync(ct);
        }

        var programs = await db.Programs.Where(p => p.OrganisationId == organisation.Id).OrderBy(p => p.Name).ToListAsync(ct);
        var sites = await db.Sites.Where(s => s.OrganisationId == organisation.Id).ToListAsync(ct);
        var accounts = await EnsureAccountsAsync(organisation, programs, ct);
        var staff = await EnsureStaffPoolAsync(organisation, programs, ct);
        return new DemoWorld(organisation, programs, sites, accounts, staff);
    }

    private static IEnumerable<OfframpProgram> ProgramsFor(Guid organisationId) =>
        DemoProgramCatalogue.All.Select(p => new OfframpProgram { OrganisationId = organisationId, Name = p.Name, Kind = p.Kind, Aims = p.Aims, Description = p.Description });

    private async Task<Dictionary<Role, AppUser>> EnsureAccountsAsync(Organisation organisation, List<OfframpProgram> programs, CancellationToken ct)
    {
        var result = new Dictionary<Role, AppUser>();
        var prison = programs.Single(p => p.Kind == ProgramKind.Prison);
        foreach (var account in DemoAccounts.All)
        {
            var programIds = account.Role switch
            {
                Role.OrganisationAdmin or Role.Auditor => [null],
                // The demo's director and evaluator work across every demo program, so each program's report can be shown.
                Role.ProgramDirector or Role.Evaluator => programs.Select(p => (Guid?)p.Id).ToArray(),
                _ => new Guid?[] { prison.Id },
            };
            var user = await EnsureAccountAsync(db, users, account, organisation.Id, programIds, ct);
            if (account.Email.StartsWith("caseworker@", StringComparison.Ordinal) || !result.ContainsKey(account.Role))
            {
                result[account.Role] = user;
            }
        }

        return result;
    }

    /// <summary>A demo account that signs in with the public demo password and its TOTP secret, with its roles; created once.</summary>
    internal static async Task<AppUser> EnsureAccountAsync(OfframpDbContext db, UserManager<AppUser> users, DemoAccount account, Guid organisationId, IEnumerable<Guid?> programIds, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(account.Email);
        if (user is not null)
        {
            return user;
        }

        user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName, OrganisationId = organisationId };
        Check(await users.CreateAsync(user, DemoAccounts.Password));
        Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", account.TotpSecret));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        foreach (var programId in programIds)
        {
            db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganisationId = organisationId, ProgramId = programId, Role = account.Role });
        }

        db.Audit.Record(AuditActions.Seed, AuditEntities.User, user.Id, null, $"demo account {account.Role}");
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Colleagues without a password (they cannot sign in) so that thousands of cases spread over realistic caseloads.</summary>
    private async Task<List<StaffMember>> EnsureStaffPoolAsync(Organisation organisation, List<OfframpProgram> programs, CancellationToken ct)
    {
        var existing = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.OrganisationId == organisation.Id && r.ProgramId != null)
            .Join(db.Users.Where(u => u.PasswordHash == null), r => r.UserId, u => u.Id, (r, u) => new StaffMember(u.Id, r.ProgramId!.Value, r.Role))
            .ToListAsync(ct);
        if (existing.Count > 0)
        {
            return existing;
        }

        var roles = new[] { Role.Caseworker, Role.Caseworker, Role.Caseworker, Role.Mentor, Role.Mentor, Role.Psychologist, Role.FaithCounsellor };
        var faker = new Bogus.Faker("en") { Random = new Bogus.Randomizer(7) };
        var pool = new List<StaffMember>();
        foreach (var program in programs)
        {
            for (var i = 0; i < 12; i++)
            {
                var role = roles[i % roles.Length];
                var user = new AppUser
                {
                    UserName = $"staff-{DemoProgramCatalogue.Of(program).Key}-{i}@demo.offramp.org",
                    Email = $"staff-{DemoProgramCatalogue.Of(program).Key}-{i}@demo.offramp.org",
                    DisplayName = faker.Name.FullName(),
                    OrganisationId = organisation.Id,
                };
                Check(await users.CreateAsync(user));
                db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, OrganisationId = organisation.Id, ProgramId = program.Id, Role = role });
                pool.Add(new StaffMember(user.Id, program.Id, role));
            }
        }

        db.Audit.RecordForEveryParticipant(AuditActions.Seed, AuditEntities.User, $"{pool.Count} demo staff");
        await db.SaveChangesAsync(ct);
        return pool;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account setup failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record StaffMember(Guid UserId, Guid ProgramId, Role Role);

public sealed record DemoWorld(Organisation Organisation, List<OfframpProgram> Programs, List<Site> Sites, Dictionary<Role, AppUser> Accounts, List<StaffMember> Staff);
