using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <summary>Full-text search over every stored notes item (SQLite FTS5, kept in step with Items by triggers).</summary>
    public partial class NotesSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ItemsSearch" USING fts5("Text", "Component", content='Items', content_rowid='Id', tokenize='porter unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_search_insert" AFTER INSERT ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"(rowid, "Text", "Component") VALUES (new."Id", new."Text", new."Component");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_search_delete" AFTER DELETE ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"("ItemsSearch", rowid, "Text", "Component") VALUES ('delete', old."Id", old."Text", old."Component");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Items_search_update" AFTER UPDATE ON "Items" BEGIN
                  INSERT INTO "ItemsSearch"("ItemsSearch", rowid, "Text", "Component") VALUES ('delete', old."Id", old."Text", old."Component");
                  INSERT INTO "ItemsSearch"(rowid, "Text", "Component") VALUES (new."Id", new."Text", new."Component");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ItemsSearch"("ItemsSearch") VALUES ('rebuild');""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Items_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ItemsSearch";""");
        }
    }
}
