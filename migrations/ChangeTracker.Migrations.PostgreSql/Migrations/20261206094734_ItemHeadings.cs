using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// Each item keeps its section's title, and the search vector weighs it with the component above the text (as the
    /// SQLite index weighs its Heading column), so that a match in a heading ("TLS 1.3", "Modules") ranks first.
    /// </summary>
    public partial class ItemHeadings : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "Heading", table: "Items", type: "text", nullable: true);
            migrationBuilder.Sql("""
                UPDATE "Items" i SET "Heading" = s."Title"
                FROM "Sections" s WHERE s."ReleaseId" = i."ReleaseId" AND s."Ordinal" = i."SectionOrdinal";
                """);
            RecreateVector(migrationBuilder, """
                setweight(to_tsvector('english', coalesce("Component", '') || ' ' || coalesce("Heading", '')), 'A') ||
                setweight(to_tsvector('english', "Text"), 'B')
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            RecreateVector(migrationBuilder, """
                setweight(to_tsvector('english', coalesce("Component", '')), 'A') ||
                setweight(to_tsvector('english', "Text"), 'B')
                """);
            migrationBuilder.DropColumn(name: "Heading", table: "Items");
        }

        private static void RecreateVector(MigrationBuilder migrationBuilder, string expression)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Items_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "Items" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql($"""ALTER TABLE "Items" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS ({expression}) STORED;""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Items_SearchVector" ON "Items" USING GIN ("SearchVector");""");
        }
    }
}
