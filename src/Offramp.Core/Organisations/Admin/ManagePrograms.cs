using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.Admin;

/// <summary>Organisation admins create and edit programs and sites of their own organisation.</summary>
public sealed class ManagePrograms(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<Guid> CreateAsync(ProgramCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        CommandValidation.Ensure(command);
        var program = new OfframpProgram { OrganisationId = scope.OrganisationId, Name = command.Name.Trim() };
        Apply(program, command);
        db.Programs.Add(program);
        db.Audit.Record(AuditActions.Create, "program", program.Id);
        await db.SaveChangesAsync(ct);
        return program.Id;
    }

    public async Task<int> UpdateAsync(Guid programId, int expectedVersion, ProgramCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        CommandValidation.Ensure(command);
        db.ExpectVersion(program, expectedVersion);
        Apply(program, command);
        db.Audit.Record(AuditActions.Update, "program", program.Id);
        await db.SaveChangesAsync(ct);
        return program.Version;
    }

    public async Task<Guid> CreateSiteAsync(string name, string? locality, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        CommandValidation.Ensure(new SiteCommand { Name = name, Locality = locality });

        var site = new Site { OrganisationId = scope.OrganisationId, Name = name.Trim(), Locality = locality?.Trim() };
        db.Sites.Add(site);
        db.Audit.Record(AuditActions.Create, "site", site.Id);
        await db.SaveChangesAsync(ct);
        return site.Id;
    }

    private static void Apply(OfframpProgram program, ProgramCommand command)
    {
        program.Name = command.Name.Trim();
        program.Kind = command.Kind;
        program.Aims = command.Aims;
        program.Description = command.Description?.Trim();
    }
}

/// <summary>A site's text, validated like every command: a stored locality is one line of at most 200 characters.</summary>
public sealed class SiteCommand
{
    [Required(ErrorMessage = "Give the site a name of at most 200 characters.")]
    [StringLength(200, ErrorMessage = "Give the site a name of at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The locality is limited to 200 characters.")]
    public string? Locality { get; set; }
}
