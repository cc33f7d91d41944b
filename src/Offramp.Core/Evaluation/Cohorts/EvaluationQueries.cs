using System.Data.Common;
using System.Globalization;

using Offramp.Core.Justice;
using Offramp.Core.Outcomes;
using Offramp.Core.Participants;
using Offramp.Core.Referrals;
using Offramp.Core.Stages;

namespace Offramp.Core.Evaluation.Cohorts;

/// <summary>
/// The narrow queries behind an evaluation dataset, as plain SQL over the model's names, each streamed off a data
/// reader: coded columns only, never a sealed one. The text is the same on SQLite and PostgreSQL except the select
/// list, which <paramref name="packRows"/> joins into one text column per row for SQLite (see <see cref="StoredRow"/>).
/// With <paramref name="wholeTables"/> the participants' other tables are read without a join, and rows of other
/// programs are dropped when joined to slots. <paramref name="participants"/> (the program's count) sizes the arrays
/// the rows are read into. With a <paramref name="native"/> reader the queries run through it, on columns as they are.
/// </summary>
internal sealed class EvaluationQueries(ModelSql sql, EvaluatedProgram program, bool wholeTables, bool packRows, int participants, INativeQueryReader? native = null)
{
    private const string CompletedPrefix = "Completed:";

    private delegate void RowReader(StoredRow row);

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

    /// <summary>Participants of the program: id, gender, year of birth (0 if unknown), stage, creation, and whether consent covers evaluation.</summary>
    public async Task<ParticipantRows> ParticipantsAsync(DbConnection connection, DbTransaction? transaction, int capacity, CancellationToken ct)
    {
        var rows = new ParticipantRows(capacity);
        var genders = sql.Codes<Participant, Gender>(nameof(Participant.Gender));
        var stages = sql.Codes<Participant, Stage>(nameof(Participant.Stage));
        var createdAt = sql.Converter<Participant>(nameof(Participant.CreatedAt));
        string P(string property) => sql.Column<Participant>("p", property);
        var text = $"SELECT {Select(P(nameof(Participant.Id)), P(nameof(Participant.Gender)), $"COALESCE({P(nameof(Participant.YearOfBirth))}, 0)", P(nameof(Participant.Stage)),
            P(nameof(Participant.CreatedAt)), $"CASE WHEN {P(nameof(Participant.EvaluationConsent))} AND NOT {P(nameof(Participant.ConsentWithdrawn))} THEN 1 ELSE 0 END")} " +
            $"FROM {sql.Table<Participant>()} AS p WHERE {InProgram(sql)}";
        await ReadAsync(connection, transaction, text, dateField: -1, row =>
        {
            if (row.Int(5) == 0)
            {
                rows.Excluded++;
                return;
            }

            rows.Add(row.Guid(0), row.Code(1, genders), row.Int(2), row.Code(3, stages), DateOnly.FromDateTime(row.Instant(4, createdAt).UtcDateTime).DayNumber);
        }, ct);
        return rows;
    }

    /// <summary>Referrals: day referred and source.</summary>
    public async Task<KeyedRows> ReferralsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var rows = new KeyedRows(hasDays: true, hasCodes: true, participants);
        var codes = sql.Codes<Referral, ReferralSource>(nameof(Referral.Source));
        string C(string property) => sql.Column<Referral>("c", property);
        var text = $"SELECT {Select(C(nameof(Referral.ParticipantId)), C(nameof(Referral.ReferredOn)), C(nameof(Referral.Source)))} FROM {sql.Table<Referral>()} AS c" +
            Scope(" WHERE ", C(nameof(Referral.ParticipantId)));
        await ReadAsync(connection, transaction, text, dateField: 1, row => rows.Add(row.Guid(0), row.Day(1), (int)row.Code(2, codes)), ct);
        return rows;
    }

    /// <summary>The justice events a metric can take as time zero (release, licence start, agreement, return): day and kind.</summary>
    public async Task<KeyedRows> TimeZerosAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var rows = new KeyedRows(hasDays: true, hasCodes: true, participants);
        var codes = sql.Codes<JusticeEvent, JusticeEventKind>(nameof(JusticeEvent.Kind));
        string C(string property) => sql.Column<JusticeEvent>("c", property);
        var kinds = string.Join(", ", TimeZeroKinds.Select(k => sql.Literal<JusticeEvent, JusticeEventKind>(nameof(JusticeEvent.Kind), k)));
        var text = $"SELECT {Select(C(nameof(JusticeEvent.ParticipantId)), C(nameof(JusticeEvent.OccurredOn)), C(nameof(JusticeEvent.Kind)))} FROM {sql.Table<JusticeEvent>()} AS c " +
            $"WHERE {C(nameof(JusticeEvent.Kind))} IN ({kinds})" +
            Scope(" AND ", C(nameof(JusticeEvent.ParticipantId)));
        await ReadAsync(connection, transaction, text, dateField: 1, row => rows.Add(row.Guid(0), row.Day(1), (int)row.Code(2, codes)), ct);
        return rows;
    }

    public static readonly JusticeEventKind[] TimeZeroKinds =
        [JusticeEventKind.ActualRelease, JusticeEventKind.LicenceStart, JusticeEventKind.AlternativeToProsecutionAgreement, JusticeEventKind.ReturnFromConflictZone];

    /// <summary>Stage changes that complete the program: to transition, aftercare or follow-up, or closed with a reason saying it was completed.</summary>
    public async Task<KeyedRows> CompletionsAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var rows = new KeyedRows(hasDays: false, hasCodes: false, participants);
        string C(string property) => sql.Column<StageChange>("c", property);
        string Code(Stage stage) => sql.Literal<StageChange, Stage>(nameof(StageChange.ToStage), stage);
        var toStage = C(nameof(StageChange.ToStage));
        var text = $"SELECT {C(nameof(StageChange.ParticipantId))} FROM {sql.Table<StageChange>()} AS c " +
            $"WHERE ({toStage} IN ({Code(Stage.Transition)}, {Code(Stage.Aftercare)}, {Code(Stage.FollowUp)}) OR ({toStage} = {Code(Stage.Closed)} AND " +
            $"substr({C(nameof(StageChange.Reason))}, 1, {CompletedPrefix.Length}) = {sql.Parameter("completed")}))" +
            Scope(" AND ", C(nameof(StageChange.ParticipantId)));
        await ReadAsync(connection, transaction, text, dateField: -1, row => rows.Add(row.Guid(0)), ct, command =>
        {
            var prefix = command.CreateParameter();
            prefix.ParameterName = sql.Parameter("completed");
            prefix.Value = CompletedPrefix;
            command.Parameters.Add(prefix);
        });
        return rows;
    }

    /// <summary>Outcomes not retracted: day and type.</summary>
    public async Task<KeyedRows> OutcomesAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        var rows = new KeyedRows(hasDays: true, hasCodes: true, participants);
        var codes = sql.Codes<OutcomeEvent, OutcomeType>(nameof(OutcomeEvent.Type));
        string C(string property) => sql.Column<OutcomeEvent>("c", property);
        var text = $"SELECT {Select(C(nameof(OutcomeEvent.ParticipantId)), C(nameof(OutcomeEvent.OccurredOn)), C(nameof(OutcomeEvent.Type)))} FROM {sql.Table<OutcomeEvent>()} AS c " +
            $"WHERE {C(nameof(OutcomeEvent.RetractedOn))} IS NULL" + Scope(" AND ", C(nameof(OutcomeEvent.ParticipantId)));
        await ReadAsync(connection, transaction, text, dateField: 1, row => rows.Add(row.Guid(0), row.Day(1), (int)row.Code(2, codes)), ct);
        return rows;
    }

    /// <summary>Streams one query, row by row; <paramref name="dateField"/> names a date column to ask the type of once (-1: none).</summary>
    private async Task ReadAsync(DbConnection connection, DbTransaction? transaction, string text, int dateField, RowReader read, CancellationToken ct,
        Action<DbCommand>? bind = null)
    {
        await using var command = Command(connection, transaction, text);
        bind?.Invoke(command);
        if (text.Contains(sql.Parameter("program"), StringComparison.Ordinal))
        {
            BindProgram(sql, command, program);
        }

        if (native is not null && native.TryRead(command, row => read(new StoredRow(row)), ct))
        {
            return;
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        bool? datesAsText = null;
        while (await reader.ReadAsync(ct))
        {
            datesAsText ??= dateField >= 0 && !packRows && StoredValues.IsText(reader, dateField);
            Read(reader, datesAsText.Value, read);
        }
    }

    private void Read(DbDataReader reader, bool datesAsText, RowReader read)
    {
        if (!packRows)
        {
            read(new StoredRow(reader, default, default, datesAsText));
            return;
        }

        var line = reader.GetString(0).AsSpan();
        Span<Range> fields = stackalloc Range[8];
        read(new StoredRow(reader, line, fields[..line.Split(fields, StoredRow.Separator)], datesAsText));
    }

    /// <summary>
    /// The select list: the columns as they are, or for SQLite joined into one text column by one printf. A chain of
    /// || built a new string per field and rendered integers one at a time: for the participants (six fields) SQLite
    /// spent twice as long joining as printf does. printf's %s renders a value as || does (an integer as its digits).
    /// </summary>
    private string Select(params string[] expressions) =>
        packRows && expressions.Length > 1
            ? $"printf('{string.Join(StoredRow.Separator, Enumerable.Repeat("%s", expressions.Length))}', {string.Join(", ", expressions)})"
            : string.Join(", ", expressions);

    /// <summary>Keeps a table's rows to the program's participants, unless the table is read whole.</summary>
    private string Scope(string keyword, string participantColumn) => wholeTables ? ""
        : $"{keyword}EXISTS (SELECT 1 FROM {sql.Table<Participant>()} AS p WHERE {sql.Column<Participant>("p", nameof(Participant.Id))} = {participantColumn} AND {InProgram(sql)})";

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
