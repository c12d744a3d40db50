using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class StoredDiffs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StoredDiffs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromVersion = table.Column<string>(type: "TEXT", nullable: false),
                    ToVersion = table.Column<string>(type: "TEXT", nullable: false),
                    FromSortKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ToSortKey = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InputsHash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredDiffs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredDiffFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DiffId = table.Column<long>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    LastVersion = table.Column<string>(type: "TEXT", nullable: true),
                    AnnouncedIn = table.Column<string>(type: "TEXT", nullable: true),
                    EffectiveVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Os = table.Column<string>(type: "TEXT", nullable: true),
                    OsVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Port = table.Column<string>(type: "TEXT", nullable: true),
                    Experimental = table.Column<bool>(type: "INTEGER", nullable: false),
                    Component = table.Column<string>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DiffId = table.Column<long>(type: "INTEGER", nullable: false),
                    Os = table.Column<string>(type: "TEXT", nullable: false),
                    Arch = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    FromFile = table.Column<string>(type: "TEXT", nullable: true),
                    FromBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    ToFile = table.Column<string>(type: "TEXT", nullable: true),
                    ToBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    DeltaBytes = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DiffId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Security = table.Column<bool>(type: "INTEGER", nullable: false)
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
                name: "StoredDiffFacts");

            migrationBuilder.DropTable(
                name: "StoredDiffFiles");

            migrationBuilder.DropTable(
                name: "StoredDiffRevisions");

            migrationBuilder.DropTable(
                name: "StoredDiffs");
        }
    }
}
