using ChangeTracker.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace ChangeTracker.Migrations.PostgreSql;

/// <summary>
/// Lets the dotnet-ef tool build the context for PostgreSQL (no server is needed to add a migration):
/// `dotnet ef migrations add NAME --project migrations/ChangeTracker.Migrations.PostgreSql`.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ChangeTrackerDbContext>
{
    public ChangeTrackerDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.Options(DatabaseTarget.PostgreSql("Host=localhost;Database=changetracker_design;Username=postgres")));
}
