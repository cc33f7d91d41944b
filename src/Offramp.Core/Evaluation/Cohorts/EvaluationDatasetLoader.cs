using System.Data.Common;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using Offramp.Core.Common;
using Offramp.Core.Data;
using Offramp.Core.Outcomes;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// Reads a program's evaluation data as a lean projection: narrow queries over coded columns only (never a sealed one,
/// so nothing is decrypted), streamed off the data reader into arrays and joined in memory by participant. A million
/// participants is several million rows, so no entity or per-row object is built (EF materialisation took most of
/// half a minute), and the participants and their other tables are read at the same time on two connections.
/// Consent is applied as the participants are read: one whose consent does not cover evaluation never gets a slot,
/// so none of their rows is kept, they are only counted. A provider's <paramref name="native"/> reader, when the host
/// registers one, reads the rows instead of ADO.NET.
/// </summary>
public sealed class EvaluationDatasetLoader(OfframpDbContext db, INativeQueryReader? native = null)
{
    /// <summary>
    /// When the program holds at least this fraction (1/n) of all participants, its other tables are read whole and
    /// rows of other programs dropped in memory: a sequential scan beats a per-row lookup of the participant (SQLite
    /// joins by nested loops, ~1.5 s per table at a million rows). A smaller program is read through the join.
    /// </summary>
    private const int WholeTableShare = 4;

    public Task<EvaluationDataset> LoadAsync(EvaluatedProgram program, DateOnly asOf, IProgress<Phrase>? progress = null, CancellationToken ct = default) =>
        LoadAsync(program, asOf, wholeTables: null, progress, ct);

    /// <summary>With <paramref name="wholeTables"/> set, the read strategy is forced (tests compare the two); null chooses by the program's share.</summary>
    internal async Task<EvaluationDataset> LoadAsync(EvaluatedProgram program, DateOnly asOf, bool? wholeTables, IProgress<Phrase>? progress, CancellationToken ct)
    {
        var sql = new ModelSql(db);
        progress?.Report(Phrase.Of("Reading participants"));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var inProgram = await EvaluationQueries.CountAsync(sql, connection, transaction, program, ct);
            var all = await EvaluationQueries.CountAsync(sql, connection, transaction, null, ct);
            var queries = new EvaluationQueries(sql, program, wholeTables ?? inProgram * WholeTableShare >= all,
                packRows: !db.IsPostgres && native is null, (int)inProgram, native);

            // Inside a transaction the caller may have written rows only its own connection sees: read everything there.
            await using var second = transaction is null ? await OpenSecondConnectionAsync(ct) : null;
            var side = second is null ? null : Task.Run(() => ReadSideAsync(queries, second, null, ct), ct);
            var main = ReadMainAsync(queries, connection, transaction, (int)inProgram, second is null, ct);
            await (side is null ? main : Task.WhenAll(main, side));
            var (people, outcomes, sequential) = await main;
            var (referrals, timeZeros, completions) = sequential ?? await side!;

            progress?.Report(Phrase.Of("Joining records"));
            return Join(asOf, people, referrals, timeZeros, completions, outcomes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Participants then outcomes on the context's connection; the other tables too when there is no second connection.</summary>
    private static async Task<(ParticipantRows, KeyedRows, (KeyedRows, KeyedRows, KeyedRows)?)> ReadMainAsync(EvaluationQueries queries, DbConnection connection,
        DbTransaction? transaction, int capacity, bool alone, CancellationToken ct)
    {
        var people = await queries.ParticipantsAsync(connection, transaction, capacity, ct);
        _ = people.Slots; // indexed here, while the other connection is still reading
        var outcomes = await queries.OutcomesAsync(connection, transaction, ct);
        return (people, outcomes, alone ? await ReadSideAsync(queries, connection, transaction, ct) : null);
    }

    private static async Task<(KeyedRows Referrals, KeyedRows TimeZeros, KeyedRows Completions)> ReadSideAsync(EvaluationQueries queries, DbConnection connection,
        DbTransaction? transaction, CancellationToken ct) =>
        (await queries.ReferralsAsync(connection, transaction, ct), await queries.TimeZerosAsync(connection, transaction, ct), await queries.CompletionsAsync(connection, transaction, ct));

    /// <summary>A connection of its own to the same database (null when the context was not given a connection string).</summary>
    private async Task<DbConnection?> OpenSecondConnectionAsync(CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString();
        if (connectionString is null || DbProviderFactories.GetFactory(db.Database.GetDbConnection())?.CreateConnection() is not { } connection)
        {
            return null;
        }

        connection.ConnectionString = connectionString;
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>Joins each table's rows to participant slots, the four tables in parallel (each writes only its own arrays).</summary>
    private static EvaluationDataset Join(DateOnly asOf, ParticipantRows people, KeyedRows referrals, KeyedRows timeZeros, KeyedRows completions, KeyedRows outcomes)
    {
        var count = people.Count;
        var slots = people.Slots;
        var entry = people.CreatedDay.ToArray();
        var sources = new ReferralSource?[count];
        var zeros = new TimeZeros(count);
        var completed = new bool[count];
        int[] outcomeParticipant = [], outcomeDay = [];
        OutcomeType[] outcomeTypes = [];
        Parallel.Invoke(
            () => EarliestReferral(slots, referrals, entry, sources),
            () => zeros.Read(slots, timeZeros),
            () => Completed(slots, completions, completed),
            () => (outcomeParticipant, outcomeTypes, outcomeDay) = Outcomes(slots, outcomes));

        var standing = new Completion[count];
        for (var i = 0; i < count; i++)
        {
            standing[i] = CompletionOf(people.Stages[i], completed[i]);
        }

        return new EvaluationDataset
        {
            AsOf = asOf,
            ExcludedWithoutConsent = people.Excluded,
            Ids = [.. people.Ids],
            Genders = [.. people.Genders],
            YearOfBirth = [.. people.YearOfBirth],
            Sources = sources,
            EntryDay = entry,
            ReleaseDay = zeros.Release,
            LicenceStartDay = zeros.LicenceStart,
            AgreementDay = zeros.Agreement,
            ReturnDay = zeros.Return,
            Completions = standing,
            OutcomeParticipant = outcomeParticipant,
            OutcomeTypes = outcomeTypes,
            OutcomeDay = outcomeDay,
        };
    }

    /// <summary>Entry is the earliest referral (the record's creation day without one); the source is that referral's.</summary>
    private static void EarliestReferral(ParticipantSlots slots, KeyedRows rows, int[] entry, ReferralSource?[] sources)
    {
        var hasReferral = new bool[entry.Length];
        var participants = rows.Participants;
        var days = rows.Days;
        var codes = rows.Codes;
        foreach (var (k, i) in slots.Join(participants))
        {
            if (!hasReferral[i] || days[k] < entry[i])
            {
                (hasReferral[i], entry[i], sources[i]) = (true, days[k], (ReferralSource)codes[k]);
            }
        }
    }

    private static void Completed(ParticipantSlots slots, KeyedRows rows, bool[] completed)
    {
        foreach (var (_, i) in slots.Join(rows.Participants))
        {
            completed[i] = true;
        }
    }

    private static (int[] Participant, OutcomeType[] Types, int[] Day) Outcomes(ParticipantSlots slots, KeyedRows rows)
    {
        var participant = new int[rows.Count];
        var types = new OutcomeType[rows.Count];
        var day = new int[rows.Count];
        var participants = rows.Participants;
        var days = rows.Days;
        var codes = rows.Codes;
        var kept = 0;
        foreach (var (k, i) in slots.Join(participants))
        {
            (participant[kept], types[kept], day[kept]) = (i, (OutcomeType)codes[k], days[k]);
            kept++;
        }

        Array.Resize(ref participant, kept);
        Array.Resize(ref types, kept);
        Array.Resize(ref day, kept);
        return (participant, types, day);
    }

    private static Completion CompletionOf(Stage stage, bool reachedCompletion) => reachedCompletion
        ? Completion.Completed
        : stage switch
        {
            Stage.Referred or Stage.Screening or Stage.Declined or Stage.Transferred => Completion.NotStarted,
            Stage.Withdrawn or Stage.Closed => Completion.LeftEarly,
            _ => Completion.InProgram,
        };
}
