using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UrgentTasksIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_Kind_Audience_DueOn_Id",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "Kind", "Audience", "DueOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgramId_Status_Kind_Audience_DueOn_Id",
                table: "Tasks");
        }
    }
}
