using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <summary>
    /// Each item keeps its section's title, and the search index gains it as a third column so that ranking can
    /// weigh a match in a heading ("TLS 1.3", "Modules") above one in running text.
    /// </summary>
    public partial class ItemHeadings : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "Heading", table: "Items", type: "TEXT", nullable: true);
            migrationBuilder.Sql("""
                UPDATE "Items" SET "Heading" = (
                  SELECT s."Title" FROM "Sections" s WHERE s."ReleaseId" = "Items"."ReleaseId" AND s."Ordinal" = "Items"."SectionOrdinal");
                """);
            DropSearch(migrationBuilder);
            CreateSearch(migrationBuilder, ["Text", "Component", "Heading"]);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropSearch(migrationBuilder);
            CreateSearch(migrationBuilder, ["Text", "Component"]);
            migrationBuilder.DropColumn(name: "Heading", table: "Items");
        }

        private static void DropSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ItemsSearch";""");
        }

        private static void CreateSearch(MigrationBuilder migrationBuilder, string[] columns)
        {
            var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
            string Values(string row) => string.Join(", ", columns.Select(c => $"{row}.\"{c}\""));
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "ItemsSearch" USING fts5({names}, content='Items', content_rowid='Id', tokenize='porter unicode61');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Items_search_insert" AFTER INSERT ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"(rowid, {names}) VALUES (new."Id", {Values("new")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Items_search_delete" AFTER DELETE ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"("ItemsSearch", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Items_search_update" AFTER UPDATE ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"("ItemsSearch", rowid, {names}) VALUES ('delete', old."Id", {Values("old")});
                  INSERT INTO "ItemsSearch"(rowid, {names}) VALUES (new."Id", {Values("new")});
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ItemsSearch"("ItemsSearch") VALUES ('rebuild');""");
        }
    }
}
