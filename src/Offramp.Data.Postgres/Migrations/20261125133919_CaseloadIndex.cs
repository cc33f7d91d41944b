using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseloadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_OrganisationId_ProgramId",
                table: "Participants");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_OrganisationId_ProgramId_Stage",
                table: "Participants",
                columns: new[] { "OrganisationId", "ProgramId", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participants_OrganisationId_ProgramId_Stage",
                table: "Participants");

            migrationBuilder.CreateIndex(
                name: "IX_Participants_OrganisationId_ProgramId",
                table: "Participants",
                columns: new[] { "OrganisationId", "ProgramId" });
        }
    }
}
