using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CodedProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CodebookVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodebookVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodedAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    CodebookVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Codes = table.Column<string>(type: "character varying(2500)", maxLength: 2500, nullable: false),
                    NoteSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodedAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodedAnswers_CodebookVersions_CodebookVersionId",
                        column: x => x.CodebookVersionId,
                        principalTable: "CodebookVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodedAnswers_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodebookVersions_OrganisationId_Name_Label",
                table: "CodebookVersions",
                columns: new[] { "OrganisationId", "Name", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_CodebookVersionId",
                table: "CodedAnswers",
                column: "CodebookVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_FieldKey",
                table: "CodedAnswers",
                column: "FieldKey");

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_ParticipantId_FieldKey",
                table: "CodedAnswers",
                columns: new[] { "ParticipantId", "FieldKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CodedAnswers");

            migrationBuilder.DropTable(
                name: "CodebookVersions");
        }
    }
}
