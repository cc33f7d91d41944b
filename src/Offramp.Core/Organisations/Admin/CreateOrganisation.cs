using Microsoft.EntityFrameworkCore;

using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Organisations.Admin;

/// <summary>
/// A new organisation, by the operator of the installation (`offramp admin create-org`): nobody inside an organisation
/// creates another. Names are unique across the installation, so programs and people are never filed under a twin.
/// </summary>
public sealed class CreateOrganisation(OfframpDbContext db)
{
    /// <summary>
    /// Creates the organisation with the id <paramref name="organisationId"/>, chosen by the caller so that the creation
    /// event can be recorded in the new organisation's own trail (the actor of the scope belongs to it).
    /// </summary>
    public async Task<Organisation> ForOperatorAsync(Guid organisationId, OrganisationCommand command, CancellationToken ct = default)
    {
        CommandValidation.Ensure(command);
        var name = command.Name.Trim();
        if (await db.Organisations.AnyAsync(o => o.Name == name, ct))
        {
            throw new DomainException(Phrase.Of($"An organisation named '{name}' already exists."), nameof(command.Name));
        }

        var organisation = new Organisation
        {
            Id = organisationId,
            Name = name,
            Jurisdiction = string.IsNullOrWhiteSpace(command.Jurisdiction) ? null : command.Jurisdiction.Trim(),
        };
        db.Organisations.Add(organisation);
        db.Audit.Record(AuditActions.Create, AuditEntities.Organisation, organisation.Id);
        await db.SaveChangesAsync(ct);
        return organisation;
    }
}
