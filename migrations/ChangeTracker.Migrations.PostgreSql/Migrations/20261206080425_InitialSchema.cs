using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChangeTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DistributionFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tag = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: true),
                    SortKey = table.Column<long>(type: "bigint", nullable: true),
                    Stable = table.Column<bool>(type: "boolean", nullable: false),
                    Filename = table.Column<string>(type: "text", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: false),
                    Arch = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    SizeIsApproximate = table.Column<bool>(type: "boolean", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistributionFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PageVersion = table.Column<string>(type: "text", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    VersionSortKey = table.Column<long>(type: "bigint", nullable: false),
                    LastVersion = table.Column<string>(type: "text", nullable: true),
                    AnnouncedIn = table.Column<string>(type: "text", nullable: true),
                    EffectiveVersion = table.Column<string>(type: "text", nullable: true),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: true),
                    OsVersion = table.Column<string>(type: "text", nullable: true),
                    Port = table.Column<string>(type: "text", nullable: true),
                    Experimental = table.Column<bool>(type: "boolean", nullable: false),
                    Component = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<string>(type: "text", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false),
                    FactId = table.Column<string>(type: "text", nullable: false),
                    RenamedTo = table.Column<string>(type: "text", nullable: true),
                    Area = table.Column<string>(type: "text", nullable: true),
                    Minimum = table.Column<string>(type: "text", nullable: true),
                    Godebug = table.Column<string>(type: "text", nullable: true),
                    Symbols = table.Column<string>(type: "text", nullable: false),
                    Breaking = table.Column<bool>(type: "boolean", nullable: false),
                    Tentative = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: true),
                    ResolvedIn = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IngestionRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    DiffsRecomputed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkedFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    PageVersion = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    VersionSortKey = table.Column<long>(type: "bigint", nullable: false),
                    LastVersion = table.Column<string>(type: "text", nullable: true),
                    AnnouncedIn = table.Column<string>(type: "text", nullable: true),
                    EffectiveVersion = table.Column<string>(type: "text", nullable: true),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: true),
                    OsVersion = table.Column<string>(type: "text", nullable: true),
                    Port = table.Column<string>(type: "text", nullable: true),
                    Experimental = table.Column<bool>(type: "boolean", nullable: false),
                    Component = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<string>(type: "text", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false),
                    FactId = table.Column<string>(type: "text", nullable: false),
                    RenamedTo = table.Column<string>(type: "text", nullable: true),
                    Area = table.Column<string>(type: "text", nullable: true),
                    Minimum = table.Column<string>(type: "text", nullable: true),
                    Godebug = table.Column<string>(type: "text", nullable: true),
                    Symbols = table.Column<string>(type: "text", nullable: false),
                    Breaking = table.Column<bool>(type: "boolean", nullable: false),
                    Tentative = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: true),
                    ResolvedIn = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Releases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "text", nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    ReleaseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: true),
                    NotesUrl = table.Column<string>(type: "text", nullable: true),
                    ContentHash = table.Column<string>(type: "text", nullable: true),
                    IngestedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Releases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportedSizes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "text", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: false),
                    Arch = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    ReportedMegabytes = table.Column<decimal>(type: "numeric", nullable: false),
                    ReportedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedSizes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<string>(type: "text", nullable: false),
                    Line = table.Column<string>(type: "text", nullable: false),
                    SortKey = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Security = table.Column<bool>(type: "boolean", nullable: false),
                    ShouldNotBeUsed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Path = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<long>(type: "bigint", nullable: true),
                    FetchedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredDiffs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromVersion = table.Column<string>(type: "text", nullable: false),
                    ToVersion = table.Column<string>(type: "text", nullable: false),
                    FromSortKey = table.Column<long>(type: "bigint", nullable: false),
                    ToSortKey = table.Column<long>(type: "bigint", nullable: false),
                    ComputedAt = table.Column<long>(type: "bigint", nullable: false),
                    InputsHash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDiffs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FactChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: true),
                    PageVersion = table.Column<string>(type: "text", nullable: false),
                    FactId = table.Column<string>(type: "text", nullable: false),
                    Change = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    PreviousSummary = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "text", nullable: false),
                    SeenAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FactChanges_IngestionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "IngestionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "IngestionPages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    Page = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: true),
                    RowsWritten = table.Column<int>(type: "integer", nullable: false),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IngestionPages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IngestionPages_IngestionRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "IngestionRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReleaseId = table.Column<long>(type: "bigint", nullable: false),
                    SectionOrdinal = table.Column<int>(type: "integer", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Anchor = table.Column<string>(type: "text", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Component = table.Column<string>(type: "text", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Items_Releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "Releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReleaseId = table.Column<long>(type: "bigint", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Anchor = table.Column<string>(type: "text", nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    HeadingPath = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: false),
                    Component = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sections_Releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "Releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RevisionComponents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RevisionId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisionComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisionComponents_Revisions_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "Revisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredDiffFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DiffId = table.Column<long>(type: "bigint", nullable: false),
                    Section = table.Column<string>(type: "text", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    PageVersion = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    LastVersion = table.Column<string>(type: "text", nullable: true),
                    AnnouncedIn = table.Column<string>(type: "text", nullable: true),
                    EffectiveVersion = table.Column<string>(type: "text", nullable: true),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: true),
                    OsVersion = table.Column<string>(type: "text", nullable: true),
                    Port = table.Column<string>(type: "text", nullable: true),
                    Experimental = table.Column<bool>(type: "boolean", nullable: false),
                    Component = table.Column<string>(type: "text", nullable: true),
                    Category = table.Column<string>(type: "text", nullable: true),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Rule = table.Column<string>(type: "text", nullable: false),
                    FactId = table.Column<string>(type: "text", nullable: false),
                    RenamedTo = table.Column<string>(type: "text", nullable: true),
                    Area = table.Column<string>(type: "text", nullable: true),
                    Minimum = table.Column<string>(type: "text", nullable: true),
                    Godebug = table.Column<string>(type: "text", nullable: true),
                    Symbols = table.Column<string>(type: "text", nullable: false),
                    Breaking = table.Column<bool>(type: "boolean", nullable: false),
                    Tentative = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: true),
                    ResolvedIn = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDiffFacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredDiffFacts_StoredDiffs_DiffId",
                        column: x => x.DiffId,
                        principalTable: "StoredDiffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredDiffFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DiffId = table.Column<long>(type: "bigint", nullable: false),
                    Os = table.Column<string>(type: "text", nullable: false),
                    Arch = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    FromFile = table.Column<string>(type: "text", nullable: true),
                    FromBytes = table.Column<long>(type: "bigint", nullable: true),
                    ToFile = table.Column<string>(type: "text", nullable: true),
                    ToBytes = table.Column<long>(type: "bigint", nullable: true),
                    DeltaBytes = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDiffFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredDiffFiles_StoredDiffs_DiffId",
                        column: x => x.DiffId,
                        principalTable: "StoredDiffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoredDiffRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DiffId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Security = table.Column<bool>(type: "boolean", nullable: false),
                    ShouldNotBeUsed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDiffRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoredDiffRevisions_StoredDiffs_DiffId",
                        column: x => x.DiffId,
                        principalTable: "StoredDiffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DistributionFiles_Filename",
                table: "DistributionFiles",
                column: "Filename",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DistributionFiles_Os_Arch_Kind",
                table: "DistributionFiles",
                columns: new[] { "Os", "Arch", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_DistributionFiles_Tag",
                table: "DistributionFiles",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_FactChanges_PageVersion_Id",
                table: "FactChanges",
                columns: new[] { "PageVersion", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FactChanges_RunId",
                table: "FactChanges",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_FactChanges_SeenAt",
                table: "FactChanges",
                column: "SeenAt");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Component",
                table: "Facts",
                column: "Component");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_FactId",
                table: "Facts",
                column: "FactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Kind_VersionSortKey",
                table: "Facts",
                columns: new[] { "Kind", "VersionSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_PageVersion_Ordinal",
                table: "Facts",
                columns: new[] { "PageVersion", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IngestionPages_RunId",
                table: "IngestionPages",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_IngestionRuns_StartedAt",
                table: "IngestionRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Component",
                table: "Items",
                column: "Component");

            migrationBuilder.CreateIndex(
                name: "IX_Items_ReleaseId_Ordinal",
                table: "Items",
                columns: new[] { "ReleaseId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkedFacts_FactId",
                table: "LinkedFacts",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedFacts_Ordinal",
                table: "LinkedFacts",
                column: "Ordinal",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Releases_SortKey",
                table: "Releases",
                column: "SortKey");

            migrationBuilder.CreateIndex(
                name: "IX_Releases_Version",
                table: "Releases",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportedSizes_Version_Os_Arch_Kind",
                table: "ReportedSizes",
                columns: new[] { "Version", "Os", "Arch", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisionComponents_RevisionId_Name",
                table: "RevisionComponents",
                columns: new[] { "RevisionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_SortKey",
                table: "Revisions",
                column: "SortKey");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_Version",
                table: "Revisions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sections_ReleaseId_Ordinal",
                table: "Sections",
                columns: new[] { "ReleaseId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceDocuments_Path",
                table: "SourceDocuments",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredDiffFacts_DiffId_Section_Ordinal",
                table: "StoredDiffFacts",
                columns: new[] { "DiffId", "Section", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredDiffFacts_Kind_Component",
                table: "StoredDiffFacts",
                columns: new[] { "Kind", "Component" });

            migrationBuilder.CreateIndex(
                name: "IX_StoredDiffFiles_DiffId_Os_Arch_Kind_FromFile_ToFile",
                table: "StoredDiffFiles",
                columns: new[] { "DiffId", "Os", "Arch", "Kind", "FromFile", "ToFile" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredDiffRevisions_DiffId_Version",
                table: "StoredDiffRevisions",
                columns: new[] { "DiffId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoredDiffs_FromVersion_ToVersion",
                table: "StoredDiffs",
                columns: new[] { "FromVersion", "ToVersion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DistributionFiles");

            migrationBuilder.DropTable(
                name: "FactChanges");

            migrationBuilder.DropTable(
                name: "Facts");

            migrationBuilder.DropTable(
                name: "IngestionPages");

            migrationBuilder.DropTable(
                name: "Items");

            migrationBuilder.DropTable(
                name: "LinkedFacts");

            migrationBuilder.DropTable(
                name: "ReportedSizes");

            migrationBuilder.DropTable(
                name: "RevisionComponents");

            migrationBuilder.DropTable(
                name: "Sections");

            migrationBuilder.DropTable(
                name: "SourceDocuments");

            migrationBuilder.DropTable(
                name: "StoredDiffFacts");

            migrationBuilder.DropTable(
                name: "StoredDiffFiles");

            migrationBuilder.DropTable(
                name: "StoredDiffRevisions");

            migrationBuilder.DropTable(
                name: "IngestionRuns");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropTable(
                name: "Releases");

            migrationBuilder.DropTable(
                name: "StoredDiffs");
        }
    }
}
