using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Storage.Postgres.Insights;

/// <summary>The insight tables; every report is a range over time, and so is the retention sweep.</summary>
internal sealed class InsightRowConfiguration :
    IEntityTypeConfiguration<SearchRow>,
    IEntityTypeConfiguration<TemplateUseRow>,
    IEntityTypeConfiguration<VoteRow>
{
    public void Configure(EntityTypeBuilder<SearchRow> builder)
    {
        builder.ToTable("insight_searches");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.At);
    }

    public void Configure(EntityTypeBuilder<TemplateUseRow> builder)
    {
        builder.ToTable("insight_template_uses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(r => r.At);
    }

    public void Configure(EntityTypeBuilder<VoteRow> builder)
    {
        builder.ToTable("insight_votes");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => r.DocumentId);
    }
}
