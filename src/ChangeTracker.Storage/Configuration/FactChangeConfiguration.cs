using ChangeTracker.Storage.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChangeTracker.Storage.Configuration;

internal sealed class FactChangeConfiguration : IEntityTypeConfiguration<FactChangeRecord>
{
    public void Configure(EntityTypeBuilder<FactChangeRecord> builder)
    {
        builder.HasIndex(c => new { c.PageVersion, c.Id });
        builder.HasIndex(c => c.RunId);
        builder.HasIndex(c => c.SeenAt);
        builder.HasOne<IngestionRunRecord>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.SetNull);
    }
}
