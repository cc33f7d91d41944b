using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offramp.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgreementReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReasonSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReviewedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssessorCertifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CertifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessorCertifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "AuditHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BlindIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlindIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BreakGlassGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReasonSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Review = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreakGlassGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamMembers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodebookVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodebookVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ObservedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ObservationSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RaisedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FormVersion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CoversParticipation = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversFamilyContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    CoversEvaluation = table.Column<bool>(type: "INTEGER", nullable: false),
                    GuardianName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GuardianConsented = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosurePolicies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Thresholds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Agencies = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RequiresFourEyes = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosurePolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureRegister",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RefersToEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Threshold = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecipientAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContentSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RationaleSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureRegister", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ErasureRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ErasedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErasureRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Design = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationMetrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameTranslations = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutcomeTypes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HorizonMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ComponentMetricIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DefinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DefinedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationMetrics", x => x.Id);
                });

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
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Anchor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnchorDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthsAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContactMade = table.Column<bool>(type: "INTEGER", nullable: true),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FindingsSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Formulations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AuthoredByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContributorUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Formulations", x => x.Id);
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
                    CodedFields = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false),
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
                name: "InstrumentVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JusticeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentenceMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JusticeEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PlacedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "MentoringAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchReasonsSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GoalsSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MeetingsPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringAgreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mentors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Background = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BackgroundNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrainingCourse = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TrainingStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainingCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SupervisorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NetworkTies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DescriptionSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvolvedInProgram = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoteSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkTies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceRoundingBase = table.Column<int>(type: "INTEGER", nullable: false),
                    IsEvidenceHub = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DetailsSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetractedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetractionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GivenNameSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FamilyNameSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AliasesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DateOfBirthSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    NationalIdSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContactsSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AddressSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    YearOfBirth = table.Column<int>(type: "INTEGER", nullable: true),
                    Nationality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConsentWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvaluationConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummarySealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FormulationRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IncentivesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramAssessmentSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorsMayRate = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaseworkersMayRate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramAssessmentSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Aims = table.Column<int>(type: "INTEGER", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    FollowUpMonths = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgramTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SuccessMeasure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceGaps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PlanReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementReviewIntervalMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpMonths = table.Column<string>(type: "TEXT", nullable: false),
                    Translations = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WrappedMaterial = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedKeys", x => x.Id);
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
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReasonSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Referrer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScreeningReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ScreenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScreenedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    YearsAfterClosure = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Confidentiality = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NotesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    OtherAttendees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepUps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepUpStates",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastAcceptedTimeStep = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepUpStates", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Shared = table.Column<int>(type: "INTEGER", maxLength: 64, nullable: false),
                    PackageSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ConsentedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReceivedParticipantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TransitionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustodyLeadUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CommunityLeadUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandoverOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandoverCompleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Housing = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkOrEducation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdentityDocuments = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Health = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ArrangementNotesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Threat = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThreatAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SafeLocationSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContactRulesSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransitionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthsAtRisk = table.Column<double>(type: "REAL", nullable: false),
                    Event = table.Column<bool>(type: "INTEGER", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComparisonRows_EvaluationComparisonGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "EvaluationComparisonGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationComparisonScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: false),
                    FollowUp = table.Column<double>(type: "REAL", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComparisonScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComparisonScores_EvaluationComparisonGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "EvaluationComparisonGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "AssessmentObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reliability = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DescriptionSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OverallJudgement = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    FormulationSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AgreedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "CodedAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodebookVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: false),
                    NoteSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodedAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CodedAnswers_CodebookVersions_CodebookVersionId",
                        column: x => x.CodebookVersionId,
                        principalTable: "CodebookVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CodedAnswers_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanGoalProgress",
                columns: table => new
                {
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DescriptionSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ResponsibleUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LatestProgress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateModuleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpectedSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsibleUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndicationReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IndicatedByAssessmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JudgementSealed = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IntervalDays = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExpectedSessions = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    IndicatedBy = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "SessionAttendees",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Facilitator = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendees", x => new { x.SessionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_SessionAttendees_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentConsensus",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RationaleSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DisagreementSealed = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObservationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentObservationLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentObservationLinks_AssessmentObservations_ObservationId",
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaterRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OverallJudgement = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FormulationSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EvidenceSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    RationaleSealed = table.Column<byte[]>(type: "BLOB", nullable: true)
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
                name: "IX_AccessTokens_UserId",
                table: "AccessTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementReviews_AgreementId",
                table: "AgreementReviews",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_AuditEvents_OrganisationId_Sequence",
                table: "AuditEvents",
                columns: new[] { "OrganisationId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ParticipantId",
                table: "AuditEvents",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_BlindIndex_OrganisationId_Kind_Hash",
                table: "BlindIndex",
                columns: new[] { "OrganisationId", "Kind", "Hash" });

            migrationBuilder.CreateIndex(
                name: "IX_BlindIndex_ParticipantId",
                table: "BlindIndex",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_BreakGlassGrants_ProgramId_Review",
                table: "BreakGlassGrants",
                columns: new[] { "ProgramId", "Review" });

            migrationBuilder.CreateIndex(
                name: "IX_BreakGlassGrants_UserId_ParticipantId_ExpiresAt",
                table: "BreakGlassGrants",
                columns: new[] { "UserId", "ParticipantId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_ParticipantId",
                table: "CaseTeamMembers",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_UserId_ParticipantId",
                table: "CaseTeamMembers",
                columns: new[] { "UserId", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_CodebookVersions_OrganisationId_Name_Label",
                table: "CodebookVersions",
                columns: new[] { "OrganisationId", "Name", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_CodebookVersionId",
                table: "CodedAnswers",
                column: "CodebookVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_FieldKey",
                table: "CodedAnswers",
                column: "FieldKey");

            migrationBuilder.CreateIndex(
                name: "IX_CodedAnswers_ParticipantId_FieldKey",
                table: "CodedAnswers",
                columns: new[] { "ParticipantId", "FieldKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ParticipantId",
                table: "Concerns",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ProgramId_Status",
                table: "Concerns",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_ParticipantId",
                table: "Consents",
                column: "ParticipantId");

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
                name: "IX_EvaluationComparisonGroups_ProgramId_Name",
                table: "EvaluationComparisonGroups",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComparisonRows_GroupId",
                table: "EvaluationComparisonRows",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComparisonScores_GroupId",
                table: "EvaluationComparisonScores",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationMetrics_ProgramId_Name",
                table: "EvaluationMetrics",
                columns: new[] { "ProgramId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceRelease_ProgramId_Status_PeriodCode",
                table: "EvidenceRelease",
                columns: new[] { "ProgramId", "Status", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ParticipantId_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "ParticipantId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Formulations_ParticipantId_Revision",
                table: "Formulations",
                columns: new[] { "ParticipantId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HubBundle_HubOrganisationId_ProgramId_PeriodCode",
                table: "HubBundle",
                columns: new[] { "HubOrganisationId", "ProgramId", "PeriodCode" });

            migrationBuilder.CreateIndex(
                name: "IX_HubBundle_HubOrganisationId_Superseded_PeriodCode",
                table: "HubBundle",
                columns: new[] { "HubOrganisationId", "Superseded", "PeriodCode" });

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
                name: "IX_HubMetric_HubBundleId",
                table: "HubMetric",
                column: "HubBundleId");

            migrationBuilder.CreateIndex(
                name: "IX_HubMetric_HubOrganisationId_HubBundleId",
                table: "HubMetric",
                columns: new[] { "HubOrganisationId", "HubBundleId" });

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
                name: "IX_InstrumentVersions_OrganisationId_Name_Label",
                table: "InstrumentVersions",
                columns: new[] { "OrganisationId", "Name", "Label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JusticeEvents_ParticipantId",
                table: "JusticeEvents",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_ParticipantId",
                table: "LegalHolds",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryRelease_ProgramId_Kind_Status",
                table: "LibraryRelease",
                columns: new[] { "ProgramId", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringAgreements_MentorUserId_Status",
                table: "MentoringAgreements",
                columns: new[] { "MentorUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringAgreements_ParticipantId_Status",
                table: "MentoringAgreements",
                columns: new[] { "ParticipantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_ProgramId_UserId",
                table: "Mentors",
                columns: new[] { "ProgramId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkTies_ParticipantId",
                table: "NetworkTies",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_ParticipantId_OccurredOn",
                table: "Outcomes",
                columns: new[] { "ParticipantId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Outcomes_Type_OccurredOn",
                table: "Outcomes",
                columns: new[] { "Type", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_Code",
                table: "Participants",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participants_OrganisationId_ProgramId_Stage",
                table: "Participants",
                columns: new[] { "OrganisationId", "ProgramId", "Stage" });

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
                name: "IX_Programs_OrganisationId",
                table: "Programs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramSettings_ProgramId",
                table: "ProgramSettings",
                column: "ProgramId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramTemplates_OrganisationId_Key",
                table: "ProgramTemplates",
                columns: new[] { "OrganisationId", "Key" },
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

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ParticipantId",
                table: "Referrals",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_ProgramId_RecordType",
                table: "RetentionRules",
                columns: new[] { "ProgramId", "RecordType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleAssignments_UserId_ProgramId_Role",
                table: "RoleAssignments",
                columns: new[] { "UserId", "ProgramId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleRequests_OrganisationId_Status",
                table: "RoleRequests",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleRequests_UserId_ProgramId_Role_Status",
                table: "RoleRequests",
                columns: new[] { "UserId", "ProgramId", "Role", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_ParticipantId",
                table: "Sessions",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_ParticipantId",
                table: "StageChanges",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_StepUps_UserId_VerifiedAt",
                table: "StepUps",
                columns: new[] { "UserId", "VerifiedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_ParticipantId",
                table: "SubjectAccessRequests",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssignedUserId_Status_DueOn",
                table: "Tasks",
                columns: new[] { "AssignedUserId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_OrganisationId_Status_DueOn",
                table: "Tasks",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ParticipantId_Status",
                table: "Tasks",
                columns: new[] { "ParticipantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgramId_Status_Audience_DueOn_Id",
                table: "Tasks",
                columns: new[] { "ProgramId", "Status", "Audience", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_SourceType_SourceId",
                table: "Tasks",
                columns: new[] { "SourceType", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_TemplateModules_TemplateId",
                table: "TemplateModules",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ParticipantId",
                table: "Transfers",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_TargetProgramId_Status",
                table: "Transfers",
                columns: new[] { "TargetProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TransitionPlans_ParticipantId",
                table: "TransitionPlans",
                column: "ParticipantId",
                unique: true);

            // The disclosure register is append-only in the database itself, not only in the code that uses it.
            migrationBuilder.Sql("CREATE TRIGGER \"DisclosureRegister_NoUpdate\" BEFORE UPDATE ON \"DisclosureRegister\" BEGIN SELECT RAISE(ABORT, 'The disclosure register is append-only: add a correction entry instead.'); END;");
            migrationBuilder.Sql("CREATE TRIGGER \"DisclosureRegister_NoDelete\" BEFORE DELETE ON \"DisclosureRegister\" BEGIN SELECT RAISE(ABORT, 'The disclosure register is append-only: entries are never deleted.'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"DisclosureRegister_NoUpdate\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"DisclosureRegister_NoDelete\";");

            migrationBuilder.DropTable(
                name: "AccessTokens");

            migrationBuilder.DropTable(
                name: "AgreementReviews");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

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
                name: "AuditCheckpoints");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "AuditHeads");

            migrationBuilder.DropTable(
                name: "BlindIndex");

            migrationBuilder.DropTable(
                name: "BreakGlassGrants");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "CodedAnswers");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DisclosurePolicies");

            migrationBuilder.DropTable(
                name: "DisclosureRegister");

            migrationBuilder.DropTable(
                name: "ErasureRecords");

            migrationBuilder.DropTable(
                name: "EvaluationComparisonRows");

            migrationBuilder.DropTable(
                name: "EvaluationComparisonScores");

            migrationBuilder.DropTable(
                name: "EvaluationMetrics");

            migrationBuilder.DropTable(
                name: "EvidenceRelease");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropTable(
                name: "Formulations");

            migrationBuilder.DropTable(
                name: "HubLibraryFollow");

            migrationBuilder.DropTable(
                name: "HubLibraryItem");

            migrationBuilder.DropTable(
                name: "HubMetric");

            migrationBuilder.DropTable(
                name: "HubPublisherKey");

            migrationBuilder.DropTable(
                name: "JusticeEvents");

            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "LibraryRelease");

            migrationBuilder.DropTable(
                name: "MentoringAgreements");

            migrationBuilder.DropTable(
                name: "Mentors");

            migrationBuilder.DropTable(
                name: "NetworkTies");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Outcomes");

            migrationBuilder.DropTable(
                name: "PlanGoalProgress");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "PlanModules");

            migrationBuilder.DropTable(
                name: "Programs");

            migrationBuilder.DropTable(
                name: "ProgramSettings");

            migrationBuilder.DropTable(
                name: "ProtectedKeys");

            migrationBuilder.DropTable(
                name: "PublishingKey");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "RetentionRules");

            migrationBuilder.DropTable(
                name: "RoleAssignments");

            migrationBuilder.DropTable(
                name: "RoleRequests");

            migrationBuilder.DropTable(
                name: "SessionAttendees");

            migrationBuilder.DropTable(
                name: "Sites");

            migrationBuilder.DropTable(
                name: "StageChanges");

            migrationBuilder.DropTable(
                name: "StepUps");

            migrationBuilder.DropTable(
                name: "StepUpStates");

            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "TemplateModules");

            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "TransitionPlans");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AssessmentSubmissions");

            migrationBuilder.DropTable(
                name: "AssessmentObservations");

            migrationBuilder.DropTable(
                name: "ProgramAssessmentSettings");

            migrationBuilder.DropTable(
                name: "CodebookVersions");

            migrationBuilder.DropTable(
                name: "EvaluationComparisonGroups");

            migrationBuilder.DropTable(
                name: "HubBundle");

            migrationBuilder.DropTable(
                name: "HubPublisher");

            migrationBuilder.DropTable(
                name: "PlanReviews");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "ProgramTemplates");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "InstrumentVersions");

            migrationBuilder.DropTable(
                name: "Participants");
        }
    }
}
