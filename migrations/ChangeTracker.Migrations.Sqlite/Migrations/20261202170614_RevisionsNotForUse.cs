using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class RevisionsNotForUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "StoredDiffRevisions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<bool>(
                name: "ShouldNotBeUsed",
                table: "StoredDiffRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "Revisions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<bool>(
                name: "ShouldNotBeUsed",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ShouldNotBeUsed",
                table: "StoredDiffRevisions");

            migrationBuilder.DropColumn(
                name: "ShouldNotBeUsed",
                table: "Revisions");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "StoredDiffRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "Revisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
