using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HubMetricRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HubMetric",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubBundleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Included = table.Column<int>(type: "INTEGER", nullable: true),
                    Proportion = table.Column<double>(type: "REAL", nullable: true),
                    ProportionLower = table.Column<double>(type: "REAL", nullable: true),
                    ProportionUpper = table.Column<double>(type: "REAL", nullable: true),
                    RiskDifference = table.Column<double>(type: "REAL", nullable: true),
                    RiskDifferenceLower = table.Column<double>(type: "REAL", nullable: true),
                    RiskDifferenceUpper = table.Column<double>(type: "REAL", nullable: true),
                    HazardRatio = table.Column<double>(type: "REAL", nullable: true),
                    HazardRatioLower = table.Column<double>(type: "REAL", nullable: true),
                    HazardRatioUpper = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubMetric", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HubMetric_HubBundle_HubBundleId",
                        column: x => x.HubBundleId,
                        principalTable: "HubBundle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HubMetric_HubBundleId",
                table: "HubMetric",
                column: "HubBundleId");

            migrationBuilder.CreateIndex(
                name: "IX_HubMetric_HubOrganisationId_HubBundleId",
                table: "HubMetric",
                columns: new[] { "HubOrganisationId", "HubBundleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HubMetric");
        }
    }
}
