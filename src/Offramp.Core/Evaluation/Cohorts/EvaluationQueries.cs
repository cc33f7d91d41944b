using System.Data.Common;
using System.Globalization;

using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// The narrow queries behind an evaluation dataset, as plain SQL over the model's names (the same text on SQLite and
/// PostgreSQL), each streamed off a data reader: coded columns only, never a sealed one. With <c>wholeTables</c> the
/// participants' other tables are read without a join and rows of other programs are dropped when joined to slots.
/// </summary>
internal sealed class EvaluationQueries(ModelSql sql, EvaluatedProgram program, bool wholeTables)
{
    private const string CompletedPrefix = "Completed:";

    public static async Task<long> CountAsync(ModelSql sql, DbConnection connection, DbTransaction? transaction, EvaluatedProgram? program, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            $"SELECT COUNT(*) FROM {sql.Table<Participant>()} AS p{(program is null ? "" : $" WHERE {InProgram(sql)}")}");
        if (program is not null)
        {
            BindProgram(sql, command, program);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    public async Task<ParticipantRows> ParticipantsAsync(DbConnection connection, DbTransaction? transaction, int capacity, CancellationToken ct)
    {
        var rows = new ParticipantRows(capacity);
        var genders = sql.Codes<Participant, Gender>(nameof(Participant.Gender));
        var stages = sql.Codes<Participant, Stage>(nameof(Participant.Stage));
        var createdAt = sql.Converter<Participant>(nameof(Participant.CreatedAt));
        await using var command = Command(connection, transaction,
            $"SELECT {Columns<Participant>(nameof(Participant.Id), nameof(Participant.Gender))}, COALESCE({sql.Column<Participant>("p", nameof(Participant.YearOfBirth))}, 0), " +
            $"{Columns<Participant>(nameof(Participant.Stage), nameof(Participant.CreatedAt))}, CASE WHEN {sql.Column<Participant>("p", nameof(Participant.EvaluationConsent))} " +
            $"AND NOT {sql.Column<Participant>("p", nameof(Participant.ConsentWithdrawn))} THEN 1 ELSE 0 END FROM {sql.Table<Participant>()} AS p WHERE {InProgram(sql)}");
        BindProgram(sql, command, program);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // Every column read is a native call on SQLite: consent comes as one flag, a missing year of birth as 0.
            if (reader.GetInt32(5) == 0)
            {
                rows.Excluded++;
                continue;
            }

            rows.Add(reader.GetGuid(0), StoredValues.Code(reader, 1, genders), reader.GetInt32(2), StoredValues.Code(reader, 3, stages),
                DateOnly.FromDateTime(StoredValues.Instant(reader, 4, createdAt).UtcDateTime).DayNumber);
        }

        return rows;
    }

    /// <summary>Referrals: day referred and source.</summary>
    public async Task<KeyedRows> ReferralsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var codes = sql.Codes<Referral, ReferralSource>(nameof(Referral.Source));
        var text = $"SELECT {Columns<Referral>(nameof(Referral.ParticipantId), nameof(Referral.ReferredOn), nameof(Referral.Source))} FROM {sql.Table<Referral>()} AS c" +
            Scope(" WHERE ", sql.Column<Referral>("c", nameof(Referral.ParticipantId)));
        return await ReadAsync(connection, transaction, text, (reader, rows, asText) =>
            rows.Add(reader.GetGuid(0), StoredValues.DayNumber(reader, 1, asText), (int)StoredValues.Code(reader, 2, codes)), ct);
    }

    /// <summary>Actual releases on the justice timeline: day released.</summary>
    public async Task<KeyedRows> ReleasesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var text = $"SELECT {Columns<JusticeEvent>(nameof(JusticeEvent.ParticipantId), nameof(JusticeEvent.OccurredOn))} FROM {sql.Table<JusticeEvent>()} AS c " +
            $"WHERE {sql.Column<JusticeEvent>("c", nameof(JusticeEvent.Kind))} = {sql.Literal<JusticeEvent, JusticeEventKind>(nameof(JusticeEvent.Kind), JusticeEventKind.ActualRelease)}" +
            Scope(" AND ", sql.Column<JusticeEvent>("c", nameof(JusticeEvent.ParticipantId)));
        return await ReadAsync(connection, transaction, text, (reader, rows, asText) => rows.Add(reader.GetGuid(0), StoredValues.DayNumber(reader, 1, asText)), ct);
    }

    /// <summary>Stage changes that complete the program: to transition, aftercare or follow-up, or closed with a reason saying it was completed.</summary>
    public async Task<KeyedRows> CompletionsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var toStage = sql.Column<StageChange>("c", nameof(StageChange.ToStage));
        string Code(Stage stage) => sql.Literal<StageChange, Stage>(nameof(StageChange.ToStage), stage);
        var text = $"SELECT {Columns<StageChange>(nameof(StageChange.ParticipantId))} FROM {sql.Table<StageChange>()} AS c " +
            $"WHERE ({toStage} IN ({Code(Stage.Transition)}, {Code(Stage.Aftercare)}, {Code(Stage.FollowUp)}) OR ({toStage} = {Code(Stage.Closed)} AND " +
            $"substr({sql.Column<StageChange>("c", nameof(StageChange.Reason))}, 1, {CompletedPrefix.Length}) = {sql.Parameter("completed")}))" +
            Scope(" AND ", sql.Column<StageChange>("c", nameof(StageChange.ParticipantId)));
        return await ReadAsync(connection, transaction, text, (reader, rows, _) => rows.Add(reader.GetGuid(0)), ct, command =>
        {
            var prefix = command.CreateParameter();
            prefix.ParameterName = sql.Parameter("completed");
            prefix.Value = CompletedPrefix;
            command.Parameters.Add(prefix);
        });
    }

    /// <summary>Outcomes not retracted: day and type.</summary>
    public async Task<KeyedRows> OutcomesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var codes = sql.Codes<OutcomeEvent, OutcomeType>(nameof(OutcomeEvent.Type));
        var text = $"SELECT {Columns<OutcomeEvent>(nameof(OutcomeEvent.ParticipantId), nameof(OutcomeEvent.OccurredOn), nameof(OutcomeEvent.Type))} FROM {sql.Table<OutcomeEvent>()} AS c " +
            $"WHERE {sql.Column<OutcomeEvent>("c", nameof(OutcomeEvent.RetractedOn))} IS NULL" + Scope(" AND ", sql.Column<OutcomeEvent>("c", nameof(OutcomeEvent.ParticipantId)));
        return await ReadAsync(connection, transaction, text, (reader, rows, asText) =>
            rows.Add(reader.GetGuid(0), StoredValues.DayNumber(reader, 1, asText), (int)StoredValues.Code(reader, 2, codes)), ct);
    }

    /// <summary>Streams one query into rows; column 1, when there is one, is a date (text on SQLite, asked once).</summary>
    private async Task<KeyedRows> ReadAsync(DbConnection connection, DbTransaction? transaction, string text, Action<DbDataReader, KeyedRows, bool> add, CancellationToken ct,
        Action<DbCommand>? bind = null)
    {
        var rows = new KeyedRows();
        await using var command = Command(connection, transaction, text);
        bind?.Invoke(command);
        if (!wholeTables)
        {
            BindProgram(sql, command, program);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        bool? asText = null;
        while (await reader.ReadAsync(ct))
        {
            asText ??= reader.FieldCount > 1 && StoredValues.IsText(reader, 1);
            add(reader, rows, asText.Value);
        }

        return rows;
    }

    /// <summary>Keeps a table's rows to the program's participants, unless the table is read whole.</summary>
    private string Scope(string keyword, string participantColumn) => wholeTables ? ""
        : $"{keyword}EXISTS (SELECT 1 FROM {sql.Table<Participant>()} AS p WHERE {sql.Column<Participant>("p", nameof(Participant.Id))} = {participantColumn} AND {InProgram(sql)})";

    private string Columns<T>(params string[] properties) => string.Join(", ", properties.Select(p => sql.Column<T>(typeof(T) == typeof(Participant) ? "p" : "c", p)));

    private static string InProgram(ModelSql sql) =>
        $"{sql.Column<Participant>("p", nameof(Participant.ProgramId))} = {sql.Parameter("program")} AND {sql.Column<Participant>("p", nameof(Participant.OrganisationId))} = {sql.Parameter("organisation")}";

    private static void BindProgram(ModelSql sql, DbCommand command, EvaluatedProgram program)
    {
        sql.CreateParameter<Participant>(command, "program", nameof(Participant.ProgramId), program.Id);
        sql.CreateParameter<Participant>(command, "organisation", nameof(Participant.OrganisationId), program.OrganisationId);
    }

    /// <summary>Table and column names in the text come from the EF model and codes from enums, never from input; values are parameters.</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        command.Transaction = transaction;
        return command;
    }
}
