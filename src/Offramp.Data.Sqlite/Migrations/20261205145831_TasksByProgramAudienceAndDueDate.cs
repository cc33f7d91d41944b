using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TasksByProgramAudienceAndDueDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgramId_Status_DueOn",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_Audience_DueOn_Id",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "Audience", "DueOn", "Id" });

            // The worklist now finds a director's tasks by program alone. Open tasks of participants moved between
            // programs before transfers moved their tasks too are put back in their participant's program.
            migrationBuilder.Sql(
                """
                UPDATE "Tasks" SET "ProgramId" = (SELECT p."ProgramId" FROM "Participants" AS p WHERE p."Id" = "Tasks"."ParticipantId")
                WHERE "Status" = 'Open' AND "ParticipantId" IS NOT NULL
                  AND "ProgramId" <> (SELECT p."ProgramId" FROM "Participants" AS p WHERE p."Id" = "Tasks"."ParticipantId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgramId_Status_Audience_DueOn_Id",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_DueOn",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "DueOn" });
        }
    }
}
