using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentDrivenModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndicatedBy",
                table: "TemplateModules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Basis",
                table: "PlanModules",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "IndicatedByAssessmentId",
                table: "PlanModules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IndicationReason",
                table: "PlanModules",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "JudgementSealed",
                table: "PlanModules",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndicatedBy",
                table: "TemplateModules");

            migrationBuilder.DropColumn(
                name: "Basis",
                table: "PlanModules");

            migrationBuilder.DropColumn(
                name: "IndicatedByAssessmentId",
                table: "PlanModules");

            migrationBuilder.DropColumn(
                name: "IndicationReason",
                table: "PlanModules");

            migrationBuilder.DropColumn(
                name: "JudgementSealed",
                table: "PlanModules");
        }
    }
}
