using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class FactsV2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Facts and stored diffs are derived data: facts of the old shape are dropped here and re-extracted from
            // the stored notes items at the next start (StoredFactsRefresher); stored diffs are recomputed.
            migrationBuilder.Sql("DELETE FROM StoredDiffFacts; DELETE FROM StoredDiffFiles; DELETE FROM StoredDiffRevisions; DELETE FROM StoredDiffs; DELETE FROM Facts;");
            // The release history is stored again at the next ingestion, so revisions flagged "should not be used" appear.
            migrationBuilder.Sql("DELETE FROM SourceDocuments WHERE Path = '/doc/devel/release';");
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Breaking",
                table: "StoredDiffFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FactId",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Godebug",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Minimum",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PageVersion",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenamedTo",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedIn",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Symbols",
                table: "StoredDiffFacts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Tentative",
                table: "StoredDiffFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Breaking",
                table: "Facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FactId",
                table: "Facts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Godebug",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Minimum",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenamedTo",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolvedIn",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Facts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Symbols",
                table: "Facts",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Tentative",
                table: "Facts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Facts_FactId",
                table: "Facts",
                column: "FactId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Facts_FactId",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Breaking",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "FactId",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Godebug",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Minimum",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "PageVersion",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "RenamedTo",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "ResolvedIn",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Symbols",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Tentative",
                table: "StoredDiffFacts");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Breaking",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "FactId",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Godebug",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Minimum",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "RenamedTo",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "ResolvedIn",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Symbols",
                table: "Facts");

            migrationBuilder.DropColumn(
                name: "Tentative",
                table: "Facts");
        }
    }
}
