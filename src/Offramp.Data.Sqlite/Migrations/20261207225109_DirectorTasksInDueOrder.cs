using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectorTasksInDueOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgramId_Status_Audience_DueOn_Id",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_DueOn_Id_Audience",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "DueOn", "Id", "Audience" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgramId_Status_DueOn_Id_Audience",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_Audience_DueOn_Id",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "Audience", "DueOn", "Id" });
        }
    }
}
