using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class LinkedFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkedFacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    PageVersion = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", nullable: false),
                    VersionSortKey = table.Column<long>(type: "INTEGER", nullable: false),
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
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    FactId = table.Column<string>(type: "TEXT", nullable: false),
                    RenamedTo = table.Column<string>(type: "TEXT", nullable: true),
                    Area = table.Column<string>(type: "TEXT", nullable: true),
                    Minimum = table.Column<string>(type: "TEXT", nullable: true),
                    Godebug = table.Column<string>(type: "TEXT", nullable: true),
                    Symbols = table.Column<string>(type: "TEXT", nullable: false),
                    Breaking = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tentative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedIn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedFacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkedFacts_FactId",
                table: "LinkedFacts",
                column: "FactId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedFacts_Ordinal",
                table: "LinkedFacts",
                column: "Ordinal",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkedFacts");
        }
    }
}
