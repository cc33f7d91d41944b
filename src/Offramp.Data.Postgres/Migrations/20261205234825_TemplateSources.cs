using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TemplateSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ProgramTemplates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceGaps",
                table: "ProgramTemplates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuccessMeasure",
                table: "ProgramTemplates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetGroup",
                table: "ProgramTemplates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ProgramTemplates");

            migrationBuilder.DropColumn(
                name: "SourceGaps",
                table: "ProgramTemplates");

            migrationBuilder.DropColumn(
                name: "SuccessMeasure",
                table: "ProgramTemplates");

            migrationBuilder.DropColumn(
                name: "TargetGroup",
                table: "ProgramTemplates");
        }
    }
}
