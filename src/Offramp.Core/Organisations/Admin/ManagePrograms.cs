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
        return await CreateInAsync(scope.OrganisationId, command, ct);
    }

    /// <summary>
    /// The operator's path (`offramp admin create-program`) for a named organisation: no admin session, the same rules
    /// (validation, one program per name in an organisation, audit) as an admin's.
    /// </summary>
    public Task<Guid> ForOperatorAsync(Guid organisationId, ProgramCommand command, CancellationToken ct = default) =>
        CreateInAsync(organisationId, command, ct);

    public async Task<int> UpdateAsync(Guid programId, int expectedVersion, ProgramCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        AdminGuard.RequireAdmin(scope);
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, ct)
            ?? throw new NotFoundException();
        CommandValidation.Ensure(command);
        await RequireUniqueNameAsync(scope.OrganisationId, command.Name, programId, ct);
        db.ExpectVersion(program, expectedVersion);
        Apply(program, command);
        db.Audit.Record(AuditActions.Update, AuditEntities.Program, program.Id);
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
        db.Audit.Record(AuditActions.Create, AuditEntities.Site, site.Id);
        await db.SaveChangesAsync(ct);
        return site.Id;
    }

    private async Task<Guid> CreateInAsync(Guid organisationId, ProgramCommand command, CancellationToken ct)
    {
        CommandValidation.Ensure(command);
        await RequireUniqueNameAsync(organisationId, command.Name, null, ct);
        var program = new OfframpProgram { OrganisationId = organisationId, Name = command.Name.Trim() };
        Apply(program, command);
        db.Programs.Add(program);
        db.Audit.Record(AuditActions.Create, AuditEntities.Program, program.Id);
        await db.SaveChangesAsync(ct);
        return program.Id;
    }

    /// <summary>Two programs of one organisation with one name would split a caseload and its evaluation between twins.</summary>
    private async Task RequireUniqueNameAsync(Guid organisationId, string name, Guid? except, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.Programs.AnyAsync(p => p.OrganisationId == organisationId && p.Name == trimmed && p.Id != except, ct))
        {
            throw new DomainException(Phrase.Of($"The organisation already has a program named '{trimmed}'."), nameof(ProgramCommand.Name));
        }
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
