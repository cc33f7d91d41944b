using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.ProgramCatalogue;

/// <summary>
/// The organisation admin, or the program's own director, sets which template a program follows and its cycles (review
/// interval, follow-up horizons); new plans, agreements and follow-up schedules in that program use them. Existing
/// schedules keep theirs. Any other program answers 404.
/// </summary>
public sealed class ApplyTemplateToProgram(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task ExecuteAsync(Guid programId, ProgramSettingsCommand command, CancellationToken ct = default)
    {
        var scope = await scopes.GetAsync(ct);
        if (!(scope.IsOrganisationAdmin || scope.Has(Role.ProgramDirector, programId)) ||
            !await db.Programs.AnyAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, ct))
        {
            throw new NotFoundException();
        }

        CommandValidation.Ensure(command);
        var template = command.TemplateId is { } templateId
            ? await db.Set<ProgramTemplate>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId && t.OrganisationId == scope.OrganisationId, ct)
              ?? throw new DomainException("The template is not in your organisation's catalogue.", nameof(command.TemplateId))
            : null;
        var settings = await db.Set<ProgramSettings>().SingleOrDefaultAsync(s => s.ProgramId == programId, ct);
        if (settings is null)
        {
            settings = ProgramSettings.Defaults(scope.OrganisationId, programId);
            db.Set<ProgramSettings>().Add(settings);
        }

        settings.TemplateId = template?.Id;
        settings.PlanReviewIntervalMonths = command.PlanReviewIntervalMonths ?? template?.PlanReviewIntervalMonths ?? 3;
        settings.AgreementReviewIntervalMonths = command.AgreementReviewIntervalMonths ?? template?.AgreementReviewIntervalMonths ?? 3;
        settings.FollowUpMonths = [.. (command.FollowUpMonths ?? template?.FollowUpMonths ?? [.. ProgramSettings.DefaultFollowUpMonths]).Distinct().Order()];
        db.Audit.Record(AuditActions.Update, AuditEntities.ProgramSettings, programId, null, template?.Key);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Null values take the template's (or the default) setting.</summary>
public sealed class ProgramSettingsCommand : IValidatableCommand
{
    public Guid? TemplateId { get; set; }

    [Range(1, 24, ErrorMessage = "Reviews are between 1 and 24 months apart.")]
    public int? PlanReviewIntervalMonths { get; set; }

    [Range(1, 24, ErrorMessage = "Agreement reviews are between 1 and 24 months apart.")]
    public int? AgreementReviewIntervalMonths { get; set; }

    public List<int>? FollowUpMonths { get; set; }

    public IEnumerable<(string Field, Phrase Message)> Check()
    {
        if (FollowUpMonths is { } months && (months.Count is 0 or > 20 || months.Any(m => m is < 1 or > 240)))
        {
            yield return (nameof(FollowUpMonths), "Follow-ups are 1 to 20 horizons between 1 and 240 months.");
        }
    }
}
