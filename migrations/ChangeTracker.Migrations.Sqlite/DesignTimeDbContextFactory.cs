using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace ChangeTracker.Migrations;

/// <summary>Lets the dotnet-ef tool build the context: `dotnet ef migrations add NAME --project migrations/ChangeTracker.Migrations.Sqlite`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ChangeTrackerDbContext>
{
    public ChangeTrackerDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.Options(Path.Combine(Path.GetTempPath(), "changetracker-design.db")));
}
