using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceBundlesAndHub : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvidenceRoundingBase",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "EvidenceThreshold",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<bool>(
                name: "IsEvidenceHub",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "EvidenceRelease",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedFile = table.Column<string>(type: "TEXT", nullable: true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SupersedesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceRelease", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubBundle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublisherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgramKind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Movements = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Aims = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PeriodCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Superseded = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupersedesBundleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    SignedFile = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubBundle", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubPublisher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubPublisher", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishingKey",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WrappedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishingKey", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubPublisherKey",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublisherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubPublisherKey", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HubPublisherKey_HubPublisher_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "HubPublisher",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRelease_ProgramId_Status_PeriodCode",
                table: "EvidenceRelease",
                columns: new[] { "ProgramId", "Status", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_HubBundle_HubOrganisationId_ProgramId_PeriodCode",
                table: "HubBundle",
                columns: new[] { "HubOrganisationId", "ProgramId", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_HubBundle_HubOrganisationId_Superseded_PeriodCode",
                table: "HubBundle",
                columns: new[] { "HubOrganisationId", "Superseded", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_HubPublisher_HubOrganisationId_Name",
                table: "HubPublisher",
                columns: new[] { "HubOrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HubPublisherKey_PublisherId_KeyId",
                table: "HubPublisherKey",
                columns: new[] { "PublisherId", "KeyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishingKey_KeyId",
                table: "PublishingKey",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishingKey_OrganisationId_RetiredAt",
                table: "PublishingKey",
                columns: new[] { "OrganisationId", "RetiredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvidenceRelease");

            migrationBuilder.DropTable(
                name: "HubBundle");

            migrationBuilder.DropTable(
                name: "HubPublisherKey");

            migrationBuilder.DropTable(
                name: "PublishingKey");

            migrationBuilder.DropTable(
                name: "HubPublisher");

            migrationBuilder.DropColumn(
                name: "EvidenceRoundingBase",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "EvidenceThreshold",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "IsEvidenceHub",
                table: "Organisations");
        }
    }
}
