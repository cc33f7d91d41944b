using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Shared = table.Column<int>(type: "INTEGER", maxLength: 64, nullable: false),
                    PackageSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ConsentedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReceivedParticipantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TransitionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustodyLeadUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommunityLeadUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandoverOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandoverCompleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Housing = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkOrEducation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentityDocuments = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Health = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ArrangementNotesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Threat = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThreatAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SafeLocationSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContactRulesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
