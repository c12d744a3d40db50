using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Full-text search over every stored notes item with PostgreSQL's own: a stored, generated tsvector column (the
    /// component weighted above the text, English stemming) under a GIN index. The column is not part of the EF model:
    /// the server keeps it in step with "Text" and "Component" on every write.
    /// </summary>
    public partial class NotesSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "Items" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('english', coalesce("Component", '')), 'A') ||
                  setweight(to_tsvector('english', "Text"), 'B')) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_Items_SearchVector" ON "Items" USING GIN ("SearchVector");""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Items_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Items" DROP COLUMN IF EXISTS "SearchVector";""");
        }
    }
}
