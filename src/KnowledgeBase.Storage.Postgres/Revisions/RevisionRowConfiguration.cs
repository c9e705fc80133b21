using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Revisions;

internal sealed class RevisionRowConfiguration : IEntityTypeConfiguration<RevisionRow>
{
    public void Configure(EntityTypeBuilder<RevisionRow> revision)
    {
        revision.ToTable("revisions");
        revision.HasKey(r => r.Id);
        revision.Property(r => r.Id).UseIdentityByDefaultColumn();
        revision.HasIndex(r => r.DocumentId);
    }
}
