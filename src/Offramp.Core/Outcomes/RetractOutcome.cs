using System.ComponentModel.DataAnnotations;

using Microsoft.EntityFrameworkCore;

using Offramp.Core.Access;
using Offramp.Core.Audit;
using Offramp.Core.Common;
using Offramp.Core.Data;

namespace Offramp.Core.Outcomes;

/// <summary>An outcome recorded in error is retracted by the caseworker or director with a reason, never deleted.</summary>
public sealed class RetractOutcome(OfframpDbContext db, ParticipantAccess access, IClock clock)
{
    public async Task<int> ExecuteAsync(Guid participantId, Guid outcomeId, int expectedVersion, RetractOutcomeCommand command, CancellationToken ct = default)
    {
        var standing = await access.GetAsync(participantId, ct);
        CommandValidation.Ensure(command);
        standing.RequireCaseManager();
        var outcome = await db.Set<OutcomeEvent>().SingleOrDefaultAsync(o => o.Id == outcomeId && o.ParticipantId == participantId, ct)
            ?? throw new NotFoundException();
        if (outcome.IsRetracted)
        {
            throw new ConflictException("This outcome has already been retracted.");
        }

        db.ExpectVersion(outcome, expectedVersion);
        outcome.RetractedOn = clock.Today;
        outcome.RetractionReason = command.Reason.Trim();
        db.Audit.Record(AuditActions.Update, AuditEntities.Outcome, outcome.Id, participantId, $"retracted {outcome.Type}");
        await db.SaveChangesAsync(ct);
        return outcome.Version;
    }
}

public sealed class RetractOutcomeCommand
{
    [Required(ErrorMessage = "Give the reason for the retraction.")]
    [StringLength(2000)]
    public string Reason { get; set; } = "";
}
