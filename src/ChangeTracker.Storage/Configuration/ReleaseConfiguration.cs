using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChangeTracker.Storage.Configuration;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<ReleaseRecord>
{
    public void Configure(EntityTypeBuilder<ReleaseRecord> builder)
    {
        builder.HasIndex(r => r.Version).IsUnique();
        builder.HasIndex(r => r.SortKey);
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<SectionRecord>
{
    public void Configure(EntityTypeBuilder<SectionRecord> builder) =>
        builder.HasIndex(s => new { s.ReleaseId, s.Ordinal }).IsUnique();
}

internal sealed class ItemConfiguration : IEntityTypeConfiguration<ItemRecord>
{
    public void Configure(EntityTypeBuilder<ItemRecord> builder)
    {
        builder.HasIndex(i => new { i.ReleaseId, i.Ordinal }).IsUnique();
        builder.HasIndex(i => i.Component);
    }
}
