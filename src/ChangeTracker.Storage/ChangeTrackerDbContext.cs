using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChangeTracker.Storage;

public sealed class ChangeTrackerDbContext(DbContextOptions<ChangeTrackerDbContext> options) : DbContext(options)
{
    public DbSet<ReleaseRecord> Releases => Set<ReleaseRecord>();
    public DbSet<SectionRecord> Sections => Set<SectionRecord>();
    public DbSet<ItemRecord> Items => Set<ItemRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();
    public DbSet<RevisionComponentRecord> RevisionComponents => Set<RevisionComponentRecord>();
    public DbSet<DistributionFileRecord> DistributionFiles => Set<DistributionFileRecord>();
    public DbSet<ReportedSizeRecord> ReportedSizes => Set<ReportedSizeRecord>();
    public DbSet<FactRecord> Facts => Set<FactRecord>();
    public DbSet<LinkedFactRecord> LinkedFacts => Set<LinkedFactRecord>();
    public DbSet<IngestionRunRecord> IngestionRuns => Set<IngestionRunRecord>();
    public DbSet<IngestionPageRecord> IngestionPages => Set<IngestionPageRecord>();
    public DbSet<SourceDocumentRecord> SourceDocuments => Set<SourceDocumentRecord>();
    public DbSet<FactChangeRecord> FactChanges => Set<FactChangeRecord>();
    public DbSet<StoredDiffRecord> StoredDiffs => Set<StoredDiffRecord>();
    public DbSet<StoredDiffFactRecord> StoredDiffFacts => Set<StoredDiffFactRecord>();
    public DbSet<StoredDiffFileRecord> StoredDiffFiles => Set<StoredDiffFileRecord>();
    public DbSet<StoredDiffRevisionRecord> StoredDiffRevisions => Set<StoredDiffRevisionRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; a long keeps them sortable.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ChangeTrackerDbContext).Assembly);
}
