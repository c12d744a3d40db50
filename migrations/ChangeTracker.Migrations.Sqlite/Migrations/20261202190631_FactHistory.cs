using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class FactHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: true),
                    PageVersion = table.Column<string>(type: "TEXT", nullable: false),
                    FactId = table.Column<string>(type: "TEXT", nullable: false),
                    Change = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousSummary = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            // A database from before the history: its stored facts are the baseline, first seen when their page was ingested.
            migrationBuilder.Sql(
                """
                INSERT INTO "FactChanges" ("RunId", "PageVersion", "FactId", "Change", "Kind", "Version", "Subject", "Summary", "PreviousSummary", "Source", "SeenAt")
                SELECT NULL, f."PageVersion", f."FactId", 'added', f."Kind", f."Version", f."Subject", f."Summary", NULL, f."Source", COALESCE(r."IngestedAt", 0)
                FROM "Facts" AS f LEFT JOIN "Releases" AS r ON r."Version" = f."PageVersion"
                ORDER BY f."PageVersion", f."Ordinal";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactChanges");
        }
    }
}
