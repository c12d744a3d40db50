using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChangeTracker.Storage.Configuration;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<RevisionRecord>
{
    public void Configure(EntityTypeBuilder<RevisionRecord> builder)
    {
        builder.HasIndex(r => r.Version).IsUnique();
        builder.HasIndex(r => r.SortKey);
        builder.HasMany(r => r.Components).WithOne().HasForeignKey(c => c.RevisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RevisionComponentConfiguration : IEntityTypeConfiguration<RevisionComponentRecord>
{
    public void Configure(EntityTypeBuilder<RevisionComponentRecord> builder) =>
        builder.HasIndex(c => new { c.RevisionId, c.Name }).IsUnique();
}

internal sealed class DistributionFileConfiguration : IEntityTypeConfiguration<DistributionFileRecord>
{
    public void Configure(EntityTypeBuilder<DistributionFileRecord> builder)
    {
        builder.HasIndex(f => f.Filename).IsUnique();
        builder.HasIndex(f => new { f.Os, f.Arch, f.Kind });
        builder.HasIndex(f => f.Tag);
    }
}

internal sealed class ReportedSizeConfiguration : IEntityTypeConfiguration<ReportedSizeRecord>
{
    public void Configure(EntityTypeBuilder<ReportedSizeRecord> builder) =>
        builder.HasIndex(s => new { s.Version, s.Os, s.Arch, s.Kind }).IsUnique();
}

internal sealed class LinkedFactConfiguration : IEntityTypeConfiguration<LinkedFactRecord>
{
    public void Configure(EntityTypeBuilder<LinkedFactRecord> builder)
    {
        builder.HasIndex(f => f.Ordinal).IsUnique();
        builder.HasIndex(f => f.FactId);
    }
}

internal sealed class FactConfiguration : IEntityTypeConfiguration<FactRecord>
{
    public void Configure(EntityTypeBuilder<FactRecord> builder)
    {
        builder.HasIndex(f => new { f.PageVersion, f.Ordinal }).IsUnique();
        builder.HasIndex(f => f.FactId).IsUnique();
        builder.HasIndex(f => new { f.Kind, f.VersionSortKey });
        builder.HasIndex(f => f.Component);
    }
}

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRunRecord>
{
    public void Configure(EntityTypeBuilder<IngestionRunRecord> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Pages).WithOne().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocumentRecord>
{
    public void Configure(EntityTypeBuilder<SourceDocumentRecord> builder) =>
        builder.HasIndex(d => d.Path).IsUnique();
}

internal sealed class StoredDiffConfiguration : IEntityTypeConfiguration<StoredDiffRecord>
{
    public void Configure(EntityTypeBuilder<StoredDiffRecord> builder)
    {
        builder.HasIndex(d => new { d.FromVersion, d.ToVersion }).IsUnique();
        builder.HasMany(d => d.Facts).WithOne().HasForeignKey(f => f.DiffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DiffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Revisions).WithOne().HasForeignKey(f => f.DiffId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredDiffFactConfiguration : IEntityTypeConfiguration<StoredDiffFactRecord>
{
    public void Configure(EntityTypeBuilder<StoredDiffFactRecord> builder)
    {
        builder.HasIndex(f => new { f.DiffId, f.Section, f.Ordinal }).IsUnique();
        builder.HasIndex(f => new { f.Kind, f.Component });
    }
}

internal sealed class StoredDiffFileConfiguration : IEntityTypeConfiguration<StoredDiffFileRecord>
{
    public void Configure(EntityTypeBuilder<StoredDiffFileRecord> builder) =>
        builder.HasIndex(f => new { f.DiffId, f.Os, f.Arch, f.Kind, f.FromFile, f.ToFile }).IsUnique();
}

internal sealed class StoredDiffRevisionConfiguration : IEntityTypeConfiguration<StoredDiffRevisionRecord>
{
    public void Configure(EntityTypeBuilder<StoredDiffRevisionRecord> builder) =>
        builder.HasIndex(r => new { r.DiffId, r.Version }).IsUnique();
}
