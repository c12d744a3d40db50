using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChangeTracker.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RunHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "IngestionRuns",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "IngestionRuns");
        }
    }
}
