using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodebookVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodedAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodebookVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: false),
                    NoteSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
