using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PracticeLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HubLibraryFollow",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublisherId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    FollowedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubLibraryFollow", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubLibraryItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublisherId = table.Column<Guid>(type: "uuid", nullable: true),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProgramName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProgramKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Setting = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Country = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Aims = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tags = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProfileVersion = table.Column<int>(type: "integer", nullable: false),
                    Superseded = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Document = table.Column<string>(type: "text", nullable: false),
                    SignedFile = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubLibraryItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LibraryRelease",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ProfileVersion = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedFile = table.Column<string>(type: "text", nullable: true),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryRelease", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HubLibraryFollow_UserId_PublisherId_ProgramId",
                table: "HubLibraryFollow",
                columns: new[] { "UserId", "PublisherId", "ProgramId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HubLibraryItem_HubOrganisationId_Kind_Superseded",
                table: "HubLibraryItem",
                columns: new[] { "HubOrganisationId", "Kind", "Superseded" });

            migrationBuilder.CreateIndex(
                name: "IX_HubLibraryItem_HubOrganisationId_PublisherId_ProgramId",
                table: "HubLibraryItem",
                columns: new[] { "HubOrganisationId", "PublisherId", "ProgramId" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryRelease_ProgramId_Kind_Status",
                table: "LibraryRelease",
                columns: new[] { "ProgramId", "Kind", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HubLibraryFollow");

            migrationBuilder.DropTable(
                name: "HubLibraryItem");

            migrationBuilder.DropTable(
                name: "LibraryRelease");
        }
    }
}
