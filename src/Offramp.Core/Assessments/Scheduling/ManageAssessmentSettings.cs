using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Assessments.Scheduling;

/// <summary>The program director reads and sets who may rate and the re-assessment rhythm; anyone else gets 404.</summary>
public sealed class ManageAssessmentSettings(OfframpDbContext db, ScopeLoader scopes)
{
    public async Task<AssessmentSettingsView> GetAsync(Guid programId, CancellationToken ct = default)
    {
        await RequireDirectorAsync(programId, ct);
        var settings = await db.Set<ProgramAssessmentSettings>().AsNoTracking().Include(s => s.Rhythms).SingleOrDefaultAsync(s => s.ProgramId == programId, ct);
        return settings is null
            ? new AssessmentSettingsView(0, false, false, [])
            : new AssessmentSettingsView(settings.Version, settings.MentorsMayRate, settings.CaseworkersMayRate,
                [.. settings.Rhythms.OrderBy(r => r.IntervalDays).Select(r => new RhythmInput { InstrumentName = r.InstrumentName, Label = r.Label, IntervalDays = r.IntervalDays })]);
    }

    /// <summary>Replaces the settings. <paramref name="expectedVersion"/> is 0 while the program has none yet.</summary>
    public async Task<int> SetAsync(Guid programId, int expectedVersion, AssessmentSettingsCommand command, CancellationToken ct = default)
    {
        var scope = await RequireDirectorAsync(programId, ct);
        CommandValidation.Ensure(command);
        var settings = await db.Set<ProgramAssessmentSettings>().Include(s => s.Rhythms).SingleOrDefaultAsync(s => s.ProgramId == programId, ct);
        if (settings is null)
        {
            if (expectedVersion != 0)
            {
                throw new ConcurrencyException();
            }

            settings = new ProgramAssessmentSettings { OrganisationId = scope.OrganisationId, ProgramId = programId };
            db.Set<ProgramAssessmentSettings>().Add(settings);
        }
        else
        {
            db.ExpectVersion(settings, expectedVersion);
            settings.Rhythms.Clear();
            db.Entry(settings).Property(s => s.Version).IsModified = true;
        }

        settings.MentorsMayRate = command.MentorsMayRate;
        settings.CaseworkersMayRate = command.CaseworkersMayRate;
        // Added explicitly: children with their keys already set, found only through the navigation, would be taken for updates.
        db.Set<AssessmentRhythm>().AddRange(command.Rhythms.Select(r => new AssessmentRhythm { SettingsId = settings.Id, InstrumentName = r.InstrumentName.Trim(), Label = r.Label.Trim(), IntervalDays = r.IntervalDays }));
        db.Audit.Record(AuditActions.Update, AuditEntities.AssessmentSettings, settings.Id, null, $"{command.Rhythms.Count} rhythms");
        await db.SaveChangesAsync(ct);
        return settings.Version;
    }

    private async Task<CallerScope> RequireDirectorAsync(Guid programId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (!scope.Has(Role.ProgramDirector, programId) || !await db.Programs.AnyAsync(p => p.Id == programId && p.OrganisationId == scope.OrganisationId, ct))
        {
            throw new NotFoundException();
        }

        return scope;
    }
}

public sealed record AssessmentSettingsView(int Version, bool MentorsMayRate, bool CaseworkersMayRate, IReadOnlyList<RhythmInput> Rhythms);
