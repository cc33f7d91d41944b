using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Offramp.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DataProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reliability = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DescriptionSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentObservations_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessorCertifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessorCertifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosurePolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Thresholds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Agencies = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RequiresFourEyes = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosurePolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureRegister",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RefersToEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Threshold = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecipientAgency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Fields = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ContentSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RationaleSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    RequiresApproval = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureRegister", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ErasureRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ErasedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasureRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Formulations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    ContentSealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    AuthoredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributorUserIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Formulations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PlacedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LiftedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    LiftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SummarySealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    FormulationRevision = table.Column<int>(type: "integer", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewIntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IncentivesSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramAssessmentSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorsMayRate = table.Column<bool>(type: "boolean", nullable: false),
                    CaseworkersMayRate = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramAssessmentSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Origin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlanReviewIntervalMonths = table.Column<int>(type: "integer", nullable: false),
                    AgreementReviewIntervalMonths = table.Column<int>(type: "integer", nullable: true),
                    FollowUpMonths = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    YearsAfterClosure = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgramId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Event = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OpenedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OverallJudgement = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    FormulationSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    AgreedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgreedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoalProgress",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rating = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoalProgress", x => new { x.ReviewId, x.GoalId });
                    table.ForeignKey(
                        name: "FK_PlanGoalProgress_PlanReviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "PlanReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DescriptionSealed = table.Column<byte[]>(type: "bytea", nullable: false),
                    ResponsibleUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    LatestProgress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanModules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TemplateModuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpectedSessions = table.Column<int>(type: "integer", nullable: true),
                    ExpectedMinutes = table.Column<int>(type: "integer", nullable: true),
                    ResponsibleUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanModules_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentRhythms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SettingsId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IntervalDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentRhythms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentRhythms_ProgramAssessmentSettings_SettingsId",
                        column: x => x.SettingsId,
                        principalTable: "ProgramAssessmentSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateModules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExpectedSessions = table.Column<int>(type: "integer", nullable: true),
                    ExpectedMinutes = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateModules_ProgramTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ProgramTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentConsensus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RationaleSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    DisagreementSealed = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentConsensus", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentConsensus_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentObservationLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObservationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentObservationLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentObservationLinks_AssessmentObservations_Observati~",
                        column: x => x.ObservationId,
                        principalTable: "AssessmentObservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentObservationLinks_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaterUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaterRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OverallJudgement = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FormulationSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentSubmissions_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentItemRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EvidenceSealed = table.Column<byte[]>(type: "bytea", nullable: true),
                    RationaleSealed = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentItemRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentItemRatings_AssessmentSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "AssessmentSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentConsensus_AssessmentId_ItemKey",
                table: "AssessmentConsensus",
                columns: new[] { "AssessmentId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentItemRatings_SubmissionId_ItemKey",
                table: "AssessmentItemRatings",
                columns: new[] { "SubmissionId", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentObservationLinks_AssessmentId_ItemKey",
                table: "AssessmentObservationLinks",
                columns: new[] { "AssessmentId", "ItemKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentObservationLinks_ObservationId",
                table: "AssessmentObservationLinks",
                column: "ObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentObservations_ParticipantId_ObservedOn",
                table: "AssessmentObservations",
                columns: new[] { "ParticipantId", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentRhythms_SettingsId",
                table: "AssessmentRhythms",
                column: "SettingsId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_InstrumentVersionId",
                table: "Assessments",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ParticipantId_AssessedOn",
                table: "Assessments",
                columns: new[] { "ParticipantId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ProgramId_Status",
                table: "Assessments",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSubmissions_AssessmentId_RaterUserId",
                table: "AssessmentSubmissions",
                columns: new[] { "AssessmentId", "RaterUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessorCertifications_OrganisationId_UserId_InstrumentName",
                table: "AssessorCertifications",
                columns: new[] { "OrganisationId", "UserId", "InstrumentName" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosurePolicies_OrganisationId",
                table: "DisclosurePolicies",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRegister_ParticipantId",
                table: "DisclosureRegister",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRegister_ProgramId_RecordedAt",
                table: "DisclosureRegister",
                columns: new[] { "ProgramId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRegister_RefersToEntryId",
                table: "DisclosureRegister",
                column: "RefersToEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ErasureRecords_ParticipantId",
                table: "ErasureRecords",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Formulations_ParticipantId_Revision",
                table: "Formulations",
                columns: new[] { "ParticipantId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentVersions_OrganisationId_Name_Label",
                table: "InstrumentVersions",
                columns: new[] { "OrganisationId", "Name", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_ParticipantId",
                table: "LegalHolds",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_PlanId",
                table: "PlanGoals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanModules_PlanId",
                table: "PlanModules",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanReviews_PlanId",
                table: "PlanReviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_ParticipantId_Status",
                table: "Plans",
                columns: new[] { "ParticipantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAssessmentSettings_ProgramId",
                table: "ProgramAssessmentSettings",
                column: "ProgramId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramTemplates_OrganisationId_Key",
                table: "ProgramTemplates",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_ProgramId_RecordType",
                table: "RetentionRules",
                columns: new[] { "ProgramId", "RecordType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StepUps_UserId_VerifiedAt",
                table: "StepUps",
                columns: new[] { "UserId", "VerifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_ParticipantId",
                table: "SubjectAccessRequests",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateModules_TemplateId",
                table: "TemplateModules",
                column: "TemplateId");

            // The disclosure register is append-only in the database itself, not only in the code that uses it.
            migrationBuilder.Sql("CREATE FUNCTION disclosure_register_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The disclosure register is append-only: add a correction entry instead.'; END; $$;");
            migrationBuilder.Sql("CREATE TRIGGER \"DisclosureRegister_AppendOnly\" BEFORE UPDATE OR DELETE ON \"DisclosureRegister\" FOR EACH ROW EXECUTE FUNCTION disclosure_register_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"DisclosureRegister_AppendOnly\" ON \"DisclosureRegister\";");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS disclosure_register_append_only();");

            migrationBuilder.DropTable(
                name: "AssessmentConsensus");

            migrationBuilder.DropTable(
                name: "AssessmentItemRatings");

            migrationBuilder.DropTable(
                name: "AssessmentObservationLinks");

            migrationBuilder.DropTable(
                name: "AssessmentRhythms");

            migrationBuilder.DropTable(
                name: "AssessorCertifications");

            migrationBuilder.DropTable(
                name: "DisclosurePolicies");

            migrationBuilder.DropTable(
                name: "DisclosureRegister");

            migrationBuilder.DropTable(
                name: "ErasureRecords");

            migrationBuilder.DropTable(
                name: "Formulations");

            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "PlanGoalProgress");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "PlanModules");

            migrationBuilder.DropTable(
                name: "RetentionRules");

            migrationBuilder.DropTable(
                name: "StepUps");

            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");

            migrationBuilder.DropTable(
                name: "TemplateModules");

            migrationBuilder.DropTable(
                name: "AssessmentSubmissions");

            migrationBuilder.DropTable(
                name: "AssessmentObservations");

            migrationBuilder.DropTable(
                name: "ProgramAssessmentSettings");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "ProgramTemplates");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");
        }
    }
}
