using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComparisonRepeatedMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Design",
                table: "EvaluationComparisonGroups",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: false),
                    FollowUp = table.Column<double>(type: "REAL", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComparisonScores_EvaluationComparisonGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "EvaluationComparisonGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComparisonScores_GroupId",
                table: "EvaluationComparisonScores",
                column: "GroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationComparisonScores");

            migrationBuilder.DropColumn(
                name: "Design",
                table: "EvaluationComparisonGroups");
        }
    }
}
