using Microsoft.EntityFrameworkCore;

using Offramp.Core.BreakGlass;
using Offramp.Core.Consent;
using Offramp.Core.Data;
using Offramp.Core.Justice;
using Offramp.Core.KeyManagement;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Retention;
using Offramp.Core.Safeguarding;
using Offramp.Core.Sessions;
using Offramp.Core.Stages;

namespace Offramp.Core.Erasure;

/// <summary>
/// Removes identifiers and free text from one participant's record and keeps the coded data (stage, dates, kinds,
/// ratings) for evaluation. Runs inside the caller's transaction. Never touches the audit trail, which holds ids only.
/// Sealed columns of every feature are found from the model (<see cref="SealedColumn"/>), so new features are covered.
/// </summary>
public sealed class RecordScrubber(OfframpDbContext db)
{
    public const string Removed = "(removed)";

    public async Task ScrubAsync(Guid participantId, RetainedRecord what, CancellationToken ct)
    {
        var all = what == RetainedRecord.Everything;
        if (all || what == RetainedRecord.Identifiers)
        {
            await db.Participants.Where(p => p.Id == participantId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.GivenNameSealed, (byte[]?)null).SetProperty(p => p.FamilyNameSealed, (byte[]?)null)
                .SetProperty(p => p.AliasesSealed, (byte[]?)null).SetProperty(p => p.DateOfBirthSealed, (byte[]?)null)
                .SetProperty(p => p.NationalIdSealed, (byte[]?)null).SetProperty(p => p.ContactsSealed, (byte[]?)null)
                .SetProperty(p => p.AddressSealed, (byte[]?)null), ct);
            await db.BlindIndex.Where(b => b.ParticipantId == participantId).ExecuteDeleteAsync(ct);
        }

        if (all || what == RetainedRecord.SessionNotes)
        {
            await db.Sessions.Where(s => s.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NotesSealed, (byte[]?)null).SetProperty(x => x.OtherAttendees, (string?)null), ct);
        }

        if (all || what == RetainedRecord.ReferralAndConsentText)
        {
            await db.Referrals.Where(r => r.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReasonSealed, (byte[]?)null).SetProperty(x => x.ScreeningReason, (string?)null), ct);
            await db.Consents.Where(c => c.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.GuardianName, (string?)null).SetProperty(x => x.WithdrawalReason, (string?)null), ct);
            await db.StageChanges.Where(c => c.ParticipantId == participantId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reason, Removed), ct);
            await db.JusticeEvents.Where(j => j.ParticipantId == participantId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Reference, (string?)null), ct);
        }

        if (all || what == RetainedRecord.SafeguardingText)
        {
            await db.Set<Concern>().Where(c => c.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ObservationSealed, (byte[]?)null).SetProperty(x => x.ObservedBy, Removed), ct);
            await db.Set<BreakGlassGrant>().Where(g => g.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReasonSealed, (byte[]?)null), ct);
        }

        if (all)
        {
            await BlankOtherSealedColumnsAsync(participantId, ct);
        }
    }

    /// <summary>Sealed free text of features this class does not know by name (assessments, plans, ...), by participant.</summary>
    private async Task BlankOtherSealedColumnsAsync(Guid participantId, CancellationToken ct)
    {
        // The disclosure register is kept as a legal record (erasure is refused while it has entries); skip it here.
        foreach (var column in SealedColumn.Of(db).Where(c => c.ParticipantColumn is not null && c.Table != "DisclosureRegister"))
        {
#pragma warning disable EF1002 // Table and column names come from the EF model, never from input; the id is a parameter.
            await db.Database.ExecuteSqlRawAsync(
                $"UPDATE \"{column.Table}\" SET \"{column.Column}\" = NULL WHERE \"{column.ParticipantColumn}\" = {{0}}", [participantId], ct);
#pragma warning restore EF1002
        }
    }
}
