using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublisherId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubLibraryFollow", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubLibraryItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublisherId = table.Column<Guid>(type: "TEXT", nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgramName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgramKind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Aims = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProfileVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Superseded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    SignedFile = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubLibraryItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LibraryRelease",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ProfileVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedFile = table.Column<string>(type: "TEXT", nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
