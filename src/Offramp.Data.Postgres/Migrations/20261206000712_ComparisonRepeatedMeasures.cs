using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Baseline = table.Column<double>(type: "double precision", nullable: false),
                    FollowUp = table.Column<double>(type: "double precision", nullable: false),
                    Gender = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComparisonScores_EvaluationComparisonGroups_Group~",
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
