using System.Security.Cryptography;

using Microsoft.Extensions.Logging;

using Offramp.Core.Common;

namespace Offramp.Core.Audit.Witness;

/// <summary>
/// Keeps the append-only witness file up to date with the committed head of the chain. Told of a head only after its
/// transaction commits (<see cref="AuditWitnessInterceptor"/>); it signs and appends in the background a moment later,
/// so a burst of commits costs one line and a request never waits for (or fails on) the file. A failed append is
/// logged and retried with the next commit; whatever is pending is written when the process stops.
/// </summary>
public sealed partial class AuditWitness(WitnessLocation location, HeadSigner signer, IClock clock, ILogger<AuditWitness> logger) : IDisposable
{
    /// <summary>How long a burst of commits is gathered into one line: the most a kill -9 can leave unwitnessed.</summary>
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly Lock writing = new();
    private (long Sequence, string Hash)? pending;
    private long written;
    private int scheduled;

    public bool Enabled => location.Path is not null;

    public string? Path => location.Path;

    public string PublicKey => signer.PublicKeyHex;

    /// <summary>A head that has committed. Cheap and never throws: the request that committed it is already done.</summary>
    internal void NoteCommitted(long sequence, string hash)
    {
        if (!Enabled)
        {
            return;
        }

        lock (gate)
        {
            if (sequence <= written || pending is { } p && p.Sequence >= sequence)
            {
                return;
            }

            pending = (sequence, hash);
        }

        // The key ring is loaded by now (the commit appended to the chain); take the signing key while the services
        // are alive, so the flush at shutdown never has to open the database.
        signer.Warm();

        if (Interlocked.Exchange(ref scheduled, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(Coalesce);
                Interlocked.Exchange(ref scheduled, 0);
                TryFlush();
            });
        }
    }

    /// <summary>Signs and appends a head now, failing loudly: for `audit checkpoint` and `audit head`, where an operator waits.</summary>
    public SignedHead WriteHead(long sequence, string hash)
    {
        var head = signer.Sign(SignedHead.HeadKind, sequence, hash, clock.UtcNow);
        Append(head);
        return head;
    }

    /// <summary>
    /// Records that the chain was deliberately set back to (sequence, hash) by a restore, so `audit verify` explains the
    /// shorter chain instead of calling it a cut, and every head the witness saw beyond it stays on record.
    /// </summary>
    public SignedHead RecordRestore(long sequence, string hash)
    {
        var newest = WitnessLog.Read(this).Entries.Select(e => e.Head.Sequence).DefaultIfEmpty(0).Max();
        var marker = signer.Sign(SignedHead.RestoreKind, sequence, hash, clock.UtcNow, newest);
        Append(marker);
        return marker;
    }

    internal bool Verifies(SignedHead head) => signer.Verifies(head);

    public void Dispose() => TryFlush();

    private void TryFlush()
    {
        lock (writing)
        {
            (long Sequence, string Hash)? next;
            lock (gate)
            {
                next = pending;
            }

            if (next is not { } head)
            {
                return;
            }

            try
            {
                WriteHead(head.Sequence, head.Hash);
                lock (gate)
                {
                    if (pending == next)
                    {
                        pending = null;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ObjectDisposedException)
            {
                // Ids and paths only: the witness holds no personal data. The head stays pending for the next commit.
                LogAppendFailed(logger, location.Path, head.Sequence, e.GetType().Name, e.Message);
            }
        }
    }

    private void Append(SignedHead head)
    {
        if (location.Path is null)
        {
            throw new InvalidOperationException("The audit witness is switched off (Offramp:AuditWitness=off).");
        }

        WitnessFile.Append(location.Path, head);
        lock (gate)
        {
            written = Math.Max(written, head.Sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit witness append to {WitnessPath} failed for event {Sequence} ({ErrorType}: {Reason}); it is retried with the next commit")]
    private static partial void LogAppendFailed(ILogger logger, string? witnessPath, long sequence, string errorType, string reason);
}
