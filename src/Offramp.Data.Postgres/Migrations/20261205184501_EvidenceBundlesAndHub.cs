using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "EvidenceThreshold",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<bool>(
                name: "IsEvidenceHub",
                table: "Organisations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "EvidenceRelease",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedFile = table.Column<string>(type: "text", nullable: true),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceRelease", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubBundle",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PublisherId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProgramKind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Country = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Movements = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Aims = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    PeriodCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Superseded = table.Column<bool>(type: "boolean", nullable: false),
                    SupersedesBundleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Document = table.Column<string>(type: "text", nullable: false),
                    SignedFile = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubBundle", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubPublisher",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegisteredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubPublisher", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishingKey",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    WrappedPrivateKey = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishingKey", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HubPublisherKey",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PublisherId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
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
