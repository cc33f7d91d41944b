using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationComparisonGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationMetrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutcomeTypes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HorizonMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DefinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DefinedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationMetrics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthsAtRisk = table.Column<double>(type: "REAL", nullable: false),
                    Event = table.Column<bool>(type: "INTEGER", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComparisonRows_EvaluationComparisonGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "EvaluationComparisonGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComparisonGroups_ProgramId_Name",
                table: "EvaluationComparisonGroups",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComparisonRows_GroupId",
                table: "EvaluationComparisonRows",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationMetrics_ProgramId_Name",
                table: "EvaluationMetrics",
                columns: new[] { "ProgramId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationComparisonRows");

            migrationBuilder.DropTable(
                name: "EvaluationMetrics");

            migrationBuilder.DropTable(
                name: "EvaluationComparisonGroups");
        }
    }
}
