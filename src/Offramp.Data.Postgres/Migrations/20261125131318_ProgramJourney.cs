using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgramJourney : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Shared = table.Column<int>(type: "integer", maxLength: 64, nullable: false),
                    PackageSealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    ConsentedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReceivedParticipantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TransitionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CustodyLeadUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommunityLeadUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandoverOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandoverCompleted = table.Column<bool>(type: "boolean", nullable: false),
                    Housing = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkOrEducation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdentityDocuments = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Health = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ArrangementNotesSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    Threat = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ThreatAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SafeLocationSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    ContactRulesSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransitionPlans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ParticipantId",
                table: "Transfers",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_TargetProgramId_Status",
                table: "Transfers",
                columns: new[] { "TargetProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TransitionPlans_ParticipantId",
                table: "TransitionPlans",
                column: "ParticipantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "TransitionPlans");
        }
    }
}
