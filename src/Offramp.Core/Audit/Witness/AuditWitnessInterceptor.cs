using System.Data.Common;

using Microsoft.EntityFrameworkCore.Diagnostics;

using Offramp.Core.Data;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// Hands the head a transaction appended to the witness only once that transaction has committed: a head that was
/// rolled back must never be witnessed, or verification would report a cut that never happened.
/// </summary>
public sealed class AuditWitnessInterceptor(AuditWitness witness) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Hand(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Hand(eventData);
        return Task.CompletedTask;
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Hand(TransactionEndEventData eventData)
    {
        if (eventData.Context is OfframpDbContext db && db.Audit.TakeAppendedHead() is { } head)
        {
            witness.NoteCommitted(head.Sequence, head.Hash);
        }
    }

    private static void Forget(TransactionEndEventData eventData)
    {
        if (eventData.Context is OfframpDbContext db)
        {
            db.Audit.TakeAppendedHead();
        }
    }
}
