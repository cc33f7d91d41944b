using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SessionFacilitators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Facilitator",
                table: "SessionAttendees",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Facilitator",
                table: "SessionAttendees");
        }
    }
}
