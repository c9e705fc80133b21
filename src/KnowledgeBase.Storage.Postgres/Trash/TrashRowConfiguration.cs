using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Trash;

internal sealed class TrashRowConfiguration : IEntityTypeConfiguration<TrashRow>
{
    public void Configure(EntityTypeBuilder<TrashRow> entry)
    {
        entry.ToTable("trash");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).UseIdentityByDefaultColumn();
    }
}
